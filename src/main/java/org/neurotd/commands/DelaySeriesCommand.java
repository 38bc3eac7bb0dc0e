package org.neurotd.commands;

import ij.gui.Plot;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurotd.delay.DelayKeys;
import org.neurotd.delay.DelayParameters;
import org.neurotd.delay.DelayResponse;
import org.neurotd.delay.DelaySeries;
import org.neurotd.ij1.DelayPlot;
import org.neurotd.ij1.Plots;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.report.OutputFolder;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The dopamine CS, reward and omission responses against the CS-reward delay, for each stimulus
 * representation, read from recorded spikes (delays.csv, delays.png).
 */
@Plugin(type = Command.class, name = "delays", priority = 11, menuPath = DelaySeriesCommand.MENU_PATH,
	label = DelaySeriesCommand.LABEL,
	description = "Dopamine responses to the CS, the reward and its omission against the CS-reward delay,"
		+ " for the complete serial compound and the microstimulus code")
public class DelaySeriesCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "CS-Reward Delay Series";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Delays (ms)",
		description = "CS-reward delays, comma-separated, ascending, multiples of 10 ms from 300 to 30000",
		persist = false)
	private String delays = "1000,2000,4000,8000,16000";

	@Parameter(label = "Stimulus representation",
		description = "Which representations to run: both, csc (complete serial compound) or microstimulus",
		choices = { "both", "csc", "microstimulus" }, persist = false)
	private String representation = "both";

	@Parameter(label = "Training trials",
		description = "Rewarded trials of TD learning at each delay before the probes", min = "0", max = "100000",
		persist = false)
	private int training = 1500;

	@Parameter(label = "Neurons", description = "Dopamine neurons recorded", min = "1", max = "100000", persist = false)
	private int neurons = 200;

	@Parameter(label = "Recorded trials", description = "Recorded repetitions of each probe (rewarded, omitted)",
		min = "1", max = "1000", persist = false)
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
	public List<Key<?>> keys() {
		List<Key<?>> keys = new ArrayList<>(DelayKeys.BLOCK.keys());
		keys.addAll(List.of(RunKeys.THREADS, RunKeys.OUTPUT, RunKeys.OVERWRITE));
		return keys;
	}

	@Override
	protected void execute() {
		DelayParameters p = DelayKeys.BLOCK.read(values());
		int workers = threads();
		OutputFolder folder = outputFolder("delays.csv", "delays.png");
		List<DelayResponse> rows = DelaySeries.run(p, workers, progress());
		Plot plot = DelayPlot.of(rows);
		if (folder != null) {
			folder.text("delays.csv", DelaySeries.csv(rows));
			folder.file("delays.png", f -> Plots.savePng(plot, f));
			commit(folder);
		}
		for (DelayResponse r : rows) {
			info(String.format(Locale.ROOT, "%6d ms %-13s CS %6.2f Hz  reward %6.2f Hz  omission %6.2f Hz", r.delayMs(),
				r.representation(), r.csHz(), r.rewardHz(), r.omissionHz()));
		}
		if (interactive()) plot.show();
	}
}
