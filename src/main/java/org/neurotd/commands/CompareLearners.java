package org.neurotd.commands;

import ij.gui.Plot;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurotd.conditioning.Comparison;
import org.neurotd.conditioning.ComparisonKeys;
import org.neurotd.conditioning.ComparisonParameters;
import org.neurotd.conditioning.CueResponse;
import org.neurotd.ij1.ComparisonPlot;
import org.neurotd.ij1.Plots;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.report.OutputFolder;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Rescorla-Wagner against TD on blocking, second-order conditioning and a three-cue chain: each
 * cue's learned value and the dopamine response read from the recorded spikes (compare.csv,
 * compare.png).
 */
@Plugin(type = Command.class, name = "compare", priority = 12, menuPath = CompareLearners.MENU_PATH,
	label = CompareLearners.LABEL,
	description = "Rescorla-Wagner against TD: blocking, second-order conditioning and a three-cue chain,"
		+ " with the dopamine response to each cue read from recorded spikes")
public class CompareLearners extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Compare Learners (Rescorla-Wagner vs TD)";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	/** The comparison block and the worker threads. */
	static final List<Key<?>> INPUTS = join(ComparisonKeys.BLOCK.keys(), List.of(RunKeys.THREADS), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Learners",
		description = "Which learning rules to run: both, td (TD(lambda)) or rw (Rescorla-Wagner)",
		choices = { "both", "td", "rw" }, persist = false)
	private String learner = "both";

	@Parameter(label = "Pretraining", description = "Repetitions of the first phase (A -> reward) of each paradigm",
		min = "0", max = "100000", persist = false)
	private int pretraining = 300;

	@Parameter(label = "Training",
		description = "Repetitions of the second phase (AB and CD -> reward; A -> reward and B -> A; C -> B -> A"
			+ " -> reward)", min = "0", max = "100000", persist = false)
	private int training = 200;

	@Parameter(label = "Cue interval (ms)",
		description = "Time between successive events of a trial (cue to cue, last cue to reward), a multiple of 10 ms",
		min = "300", max = "5000", persist = false)
	private int cue_interval = 500;

	@Parameter(label = "Stimulus representation",
		description = "How TD codes time since each cue: complete serial compound (csc) or microstimulus",
		choices = { "csc", "microstimulus" }, persist = false)
	private String representation = "csc";

	@Parameter(label = "Rescorla-Wagner rate", description = "Learning rate of the Rescorla-Wagner rule per trial",
		min = "0", max = "1", stepSize = "0.05", persist = false)
	private double rw_rate = 0.1;

	@Parameter(label = "Neurons", description = "Dopamine neurons recorded", min = "1", max = "100000", persist = false)
	private int neurons = 200;

	@Parameter(label = "Recorded trials", description = "Recorded repetitions of each test trial", min = "1",
		max = "1000", persist = false)
	private int trials = 20;

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same numbers, bit for bit",
		persist = false)
	private long seed = 1;

	@Parameter(label = "Threads", description = "Worker threads (0 = all cores); results do not depend on it",
		min = "0", max = "1024", persist = false)
	private int threads = 0;

	@Parameter(label = "Output folder",
		description = "Folder to write the result files and run.properties to (none: nothing is written)",
		style = "directory", required = false, persist = false)
	private File output;

	@Parameter(label = "Overwrite",
		description = "Replace files already in the output folder (otherwise the run stops before it starts)",
		persist = false)
	private boolean overwrite = false;
	// END DECLARED INPUTS

	@Override
	protected void execute() {
		ComparisonParameters p = ComparisonKeys.BLOCK.read(values());
		int workers = threads();
		OutputFolder folder = outputFolder("compare.csv", "compare.png");
		List<CueResponse> rows = Comparison.run(p, workers, progress());
		Plot plot = ComparisonPlot.of(rows);
		if (folder != null) {
			folder.text("compare.csv", Comparison.csv(rows));
			folder.file("compare.png", f -> Plots.savePng(plot, f));
			commit(folder);
		}
		for (CueResponse r : rows) {
			info(String.format(Locale.ROOT, "%-12s %-2s %-6s value %7.3f  response %6.2f Hz", r.paradigm(), r.learner(),
				r.cue(), r.value(), r.responseHz()));
		}
		if (interactive()) plot.show();
	}
}
