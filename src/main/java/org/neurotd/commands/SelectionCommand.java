package org.neurotd.commands;

import ij.gui.Plot;

import java.io.File;
import java.util.List;

import org.neurotd.ij1.Plots;
import org.neurotd.ij1.SelectionPlot;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.report.OutputFolder;
import org.neurotd.selection.SelectionExperiment;
import org.neurotd.selection.SelectionKeys;
import org.neurotd.selection.SelectionParameters;
import org.neurotd.selection.SelectionResults;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Parkinson's on and off medication in the probabilistic selection task (Frank, Seeberger &amp;
 * O'Reilly 2004): test accuracy per group (selection.csv), per subject (subjects.csv) and as a
 * bar plot (selection.png).
 */
@Plugin(type = Command.class, name = "selection", priority = 14, menuPath = SelectionCommand.MENU_PATH,
	label = SelectionCommand.LABEL,
	description = "Healthy, Parkinson's off and on L-DOPA learners in the probabilistic selection task: choose A"
		+ " and avoid B accuracy, with Go and NoGo learning taught by the dopamine neurons' spikes")
public class SelectionCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Probabilistic Selection Task (Parkinson's on/off medication)";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	static final List<Key<?>> INPUTS = join(SelectionKeys.BLOCK.keys(), List.of(RunKeys.THREADS), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Groups",
		description = "Groups to simulate, comma-separated: healthy, pd_off (Parkinson's off medication), pd_on"
			+ " (on L-DOPA)", persist = false)
	private String groups = "healthy,pd_off,pd_on";

	@Parameter(label = "Subjects per group",
		description = "Simulated subjects in each group, each with its own dopamine neurons", min = "1", max = "100000",
		persist = false)
	private int subjects = 100;

	@Parameter(label = "Dopamine neurons",
		description = "Dopamine neurons of a healthy subject, whose spikes after each feedback teach the striatum",
		min = "10", max = "100000", persist = false)
	private int neurons = 1000;

	@Parameter(label = "Cell loss",
		description = "Fraction of dopamine neurons lost in Parkinson's, past the point where survivors make up for it",
		min = "0", max = "1", stepSize = "0.05", persist = false)
	private double loss = 0.8;

	@Parameter(label = "L-DOPA tonic dopamine (tonic levels)",
		description = "Dopamine L-DOPA adds that does not follow the spikes, in units of the healthy tonic level",
		min = "0", max = "100", stepSize = "0.1", persist = false)
	private double medication = 1;

	@Parameter(label = "L-DOPA release per spike",
		description = "Dopamine released per spike on L-DOPA, relative to untreated", min = "0.1", max = "100",
		stepSize = "0.1", persist = false)
	private double quantal = 2.5;

	@Parameter(label = "Go learning rate", description = "Learning rate of the Go (D1, direct pathway) weights",
		min = "0", max = "1", stepSize = "0.05", persist = false)
	private double go_rate = 0.3;

	@Parameter(label = "NoGo learning rate", description = "Learning rate of the NoGo (D2, indirect pathway) weights",
		min = "0", max = "1", stepSize = "0.05", persist = false)
	private double nogo_rate = 0.25;

	@Parameter(label = "Critic learning rate",
		description = "Learning rate of the critic's value of each training pair", min = "0", max = "1",
		stepSize = "0.05", persist = false)
	private double critic_rate = 0.9;

	@Parameter(label = "Choice beta", description = "Softmax inverse temperature of the choices (0 = random)",
		min = "0", max = "100", stepSize = "0.1", persist = false)
	private double beta = 1;

	@Parameter(label = "Training blocks", description = "Most training blocks of 60 trials (20 of each pair)",
		min = "1", max = "100", persist = false)
	private int blocks = 6;

	@Parameter(label = "Stop at criterion",
		description = "Stop training after the first block with AB at least 65 %, CD 60 % and EF 50 % correct",
		persist = false)
	private boolean criterion = true;

	@Parameter(label = "Test repeats",
		description = "Presentations of each test pair (A or B with C, D, E, F), without feedback", min = "1",
		max = "1000", persist = false)
	private int test_repeats = 4;

	@Parameter(label = "Striatal readout",
		description = "receptor: Go follows D1, NoGo D2 occupancy around the tonic level; linear: both pathways"
			+ " read bursts and dips alike", choices = { "receptor", "linear" }, persist = false)
	private String readout = "receptor";

	@Parameter(label = "Learner",
		description = "go_nogo: separate Go and NoGo weights per stimulus (Collins & Frank 2014); single: one"
			+ " weight that both pathways move", choices = { "go_nogo", "single" }, persist = false)
	private String learner = "go_nogo";

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same subjects, bit for bit",
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
		SelectionParameters p = SelectionKeys.BLOCK.read(values());
		int workers = threads();
		OutputFolder folder = outputFolder("selection.csv", "subjects.csv", "selection.png");
		SelectionResults results = SelectionExperiment.run(p, workers, progress());
		Plot plot = SelectionPlot.of(results);
		if (folder != null) {
			folder.text("selection.csv", results.summaryCsv());
			folder.text("subjects.csv", results.subjectsCsv());
			folder.file("selection.png", f -> Plots.savePng(plot, f));
			commit(folder);
		}
		info("Test accuracy, mean and s.e.m. over " + p.subjects() + " subjects per group:");
		info(results.toText().stripTrailing());
		if (interactive()) plot.show();
	}
}
