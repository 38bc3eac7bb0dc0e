package org.neurotd.commands;

import ij.ImagePlus;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.neurotd.distributional.CodeSummary;
import org.neurotd.distributional.DistributionalExperiment;
import org.neurotd.distributional.DistributionalKeys;
import org.neurotd.distributional.DistributionalParameters;
import org.neurotd.distributional.DistributionalTables;
import org.neurotd.distributional.PopulationCode;
import org.neurotd.ij1.DistributionalPlot;
import org.neurotd.ij1.Plots;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.report.OutputFolder;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Distributional TD (Dabney et al. 2020) against the classical code: reversal points read from
 * each neuron's spikes, their correlation with its asymmetry and across halves of the trials, and
 * the reward distribution decoded from them (reversal.csv, decoded.csv, their classical-
 * counterparts, summary.csv, distributional.png).
 */
@Plugin(type = Command.class, name = "distributional", priority = 18, menuPath = DistributionalCommand.MENU_PATH,
	label = DistributionalCommand.LABEL,
	description = "Distributional TD (Dabney et al. 2020): neurons with their own optimism over a multimodal reward"
		+ " distribution, their reversal points read from the spikes, and the distribution decoded from them, against"
		+ " a classical population; one reading of the data (an efficient-coding account also exists)")
public class DistributionalCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Distributional TD (Dabney et al. 2020)";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	/** The experiment block and the worker threads. */
	static final List<Key<?>> INPUTS = join(DistributionalKeys.BLOCK.keys(), List.of(RunKeys.THREADS), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Reward sizes",
		description = "Comma-separated reward sizes, ascending (reward units, each a number from 0 to 10)",
		persist = false)
	private String rewards = "0.1,0.3,0.6,1,1.4,1.7,1.9";

	@Parameter(label = "Probabilities",
		description = "Comma-separated probability of each reward size (normalised to sum to 1); the default is"
			+ " bimodal", persist = false)
	private String probabilities = "0.25,0.15,0.05,0.05,0.05,0.15,0.3";

	@Parameter(label = "Neurons", description = "Dopamine neurons in each population (distributional and classical)",
		min = "3", max = "2000", persist = false)
	private int neurons = 40;

	@Parameter(label = "Training trials", description = "Trials of learning before the recording starts", min = "0",
		max = "100000", persist = false)
	private int training = 2000;

	@Parameter(label = "Recorded trials",
		description = "Recorded trials (learning goes on); reversal points are read from each half (odd and even"
			+ " trials)", min = "20", max = "20000", persist = false)
	private int trials = 1000;

	@Parameter(label = "Learning rate",
		description = "Mean of each neuron's two learning rates: alpha+ = 2 alpha tau, alpha- = 2 alpha (1 - tau)",
		min = "0", max = "0.5", persist = false)
	private double alpha = 0.02;

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
		DistributionalParameters p = DistributionalKeys.BLOCK.read(values());
		int workers = threads();
		OutputFolder folder = outputFolder("reversal.csv", "decoded.csv", "classical-reversal.csv",
			"classical-decoded.csv", "summary.csv", "distributional.png");
		List<PopulationCode> codes = DistributionalExperiment.run(p, workers, progress());
		List<CodeSummary> summary = codes.stream().map(c -> CodeSummary.of(c, p.rewards())).toList();
		ImagePlus figure = DistributionalPlot.of(codes, p.rewards());
		if (folder != null) {
			for (PopulationCode c : codes) {
				String prefix = c == codes.get(0) ? "" : c.code().key() + "-";
				folder.text(prefix + "reversal.csv", DistributionalTables.reversal(c));
				folder.text(prefix + "decoded.csv", DistributionalTables.decoded(c, p.rewards()));
			}
			folder.text("summary.csv", DistributionalTables.summary(summary));
			folder.file("distributional.png", f -> Plots.savePng(figure, f));
			commit(folder);
		}
		for (CodeSummary s : summary) {
			info(String.format(Locale.ROOT, "%-14s asymmetry-reversal r %5.2f  split-half r %5.2f  decoded mean %.2f"
				+ " sd %.2f (true %.2f, %.2f)  W1 %.3f", s.code().key(), s.asymmetryReversalR(), s.splitHalfR(),
				s.decodedMean(), s.decodedSd(), s.trueMean(), s.trueSd(), s.wasserstein()));
		}
		if (interactive()) figure.show();
	}
}
