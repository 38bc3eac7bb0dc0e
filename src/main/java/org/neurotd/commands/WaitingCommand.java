package org.neurotd.commands;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.neurotd.ij1.Plots;
import org.neurotd.ij1.WaitingPlot;
import org.neurotd.params.Key;
import org.neurotd.report.OutputFolder;
import org.neurotd.serotonin.ActiveWaiting;
import org.neurotd.serotonin.WaitingKeys;
import org.neurotd.serotonin.WaitingParameters;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Active waiting: an agent waits for a delayed, probabilistic reward while its serotonin neurons
 * are recorded, and reads them as patience; the light activates them in a random half of trials.
 * Writes the waiting time in omission trials per probability, without and with the light
 * (waiting.csv, waiting.png), and the serotonin population's rate while waiting (serotonin.csv,
 * serotonin.png).
 */
@Plugin(type = Command.class, name = "waiting", priority = 16, menuPath = WaitingCommand.MENU_PATH,
	label = WaitingCommand.LABEL,
	description = "Active waiting (Miyazaki et al. 2011, 2014, 2018): a Bayesian agent waits for a delayed reward of a"
		+ " given probability, its serotonin neurons' spikes discounting the evidence that none is coming;"
		+ " serotonin activation in half the trials; waiting time in omission trials")
public class WaitingCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Active Waiting";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	/** The active-waiting block. */
	static final List<Key<?>> INPUTS = join(WaitingKeys.BLOCK.keys(), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Reward probabilities",
		description = "Reward probabilities, comma-separated, ascending, each above 0 and below 1 (a session of"
			+ " trials at each)", persist = false)
	private String probabilities = "0.25,0.5,0.75,0.9";

	@Parameter(label = "Reward delay (s)", description = "Time from the start of waiting to the reward, when it comes",
		min = "1", max = "20", persist = false)
	private double delay = 6;

	@Parameter(label = "Timing uncertainty",
		description = "Coefficient of variation of the agent's sense of the delay (scalar timing): how soon a late"
			+ " reward is evidence that none is coming", min = "0.05", max = "1", stepSize = "0.05", persist = false)
	private double timing_cv = 0.3;

	@Parameter(label = "Activation (Hz)",
		description = "Rate the light adds to every serotonin neuron while the agent waits, in a random half of trials",
		min = "0", max = "20", persist = false)
	private double activation = 5;

	@Parameter(label = "Patience",
		description = "How strongly serotonin activity discounts the evidence that no reward is coming (0: the"
			+ " agent does not read serotonin)", min = "0", max = "10", stepSize = "0.1", persist = false)
	private double patience = 2;

	@Parameter(label = "Serotonin neurons", description = "Number of serotonin neurons recorded", min = "1",
		max = "10000", persist = false)
	private int serotonin = 50;

	@Parameter(label = "Serotonin rate (Hz)", description = "Mean tonic rate of the serotonin neurons", min = "0.1",
		max = "20", persist = false)
	private double serotonin_rate = 2.5;

	@Parameter(label = "Serotonin regularity",
		description = "Gamma shape of the serotonin neurons' interspike intervals (1 = Poisson; 8 = ISI CV 0.35)",
		min = "1", max = "100", persist = false)
	private double regularity = 8;

	@Parameter(label = "Trials per session",
		description = "Test trials at each probability and seed (rewarded with the probability)", min = "10",
		max = "10000", persist = false)
	private int trials = 200;

	@Parameter(label = "Training trials",
		description = "Trials whose outcomes the agent learns the reward probability from, before the test", min = "0",
		max = "100000", persist = false)
	private int training = 100;

	@Parameter(label = "Seeds",
		description = "Independent agents (their own neurons and trials) at each probability; the SEM is over them",
		min = "1", max = "100", persist = false)
	private int seeds = 5;

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same numbers, bit for bit",
		persist = false)
	private long seed = 1;

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
		WaitingParameters p = WaitingKeys.BLOCK.read(values());
		OutputFolder folder = outputFolder("waiting.csv", "waiting.png", "serotonin.csv", "serotonin.png");
		ActiveWaiting.Result result = ActiveWaiting.run(p);
		List<ActiveWaiting.Cell> cells = result.cells();
		var plot = WaitingPlot.of(cells, p);
		var serotonin = WaitingPlot.serotonin(result.traces());
		if (folder != null) {
			folder.text("waiting.csv", ActiveWaiting.csv(cells));
			folder.file("waiting.png", f -> Plots.savePng(plot, f));
			folder.text("serotonin.csv", ActiveWaiting.traceCsv(result.traces()));
			folder.file("serotonin.png", f -> Plots.savePng(serotonin, f));
			commit(folder);
		}
		for (ActiveWaiting.Cell c : cells) {
			info(String.format(Locale.ROOT, "p = %.2f, activation %s: waiting %.2f s (SEM %.2f) over %d omission trials;"
				+ " serotonin %.2f Hz", c.probability(), c.activated() ? "on " : "off", c.meanWaitS(), c.semS(),
				c.omissionTrials(), c.serotoninHz()));
		}
		if (interactive()) plot.show();
	}
}
