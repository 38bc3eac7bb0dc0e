package org.neurotd.commands;

import java.io.File;
import java.util.List;

import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.Key;
import org.neurotd.parkinson.Degradation;
import org.neurotd.parkinson.DegradationKeys;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationKeys;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.Reports;
import org.neurotd.sweep.Shard;
import org.neurotd.sweep.SweepResult;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The whole story in one run: train, record a healthy population, sweep Parkinson's loss and
 * decode. Writes the sweep's outputs plus healthy.tif, parkinson.tif (80 % loss) and psth.csv.
 */
@Plugin(type = Command.class, name = "demo", priority = 60, menuPath = DemoCommand.MENU_PATH,
	label = "Demo: Value Flattening",
	description = "Simulate, degrade at every loss level and decode: the flattening of value (a hypothesis) in one run")
public class DemoCommand extends SweepInputs {

	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + "Demo: Value Flattening";

	/** The loss shown as parkinson.tif. */
	public static final double SHOWN_LOSS = 0.8;

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Neurons", description = "Number of dopamine neurons in the population", min = "1",
		max = "10000000", persist = false)
	private int neurons = 1000;

	@Parameter(label = "Recorded trials", description = "Trials recorded after training (one image slice each)",
		min = "1", max = "100000", persist = false)
	private int trials = 10;

	@Parameter(label = "Training trials", description = "Trials of TD learning before the recording starts (0 = naive)",
		min = "0", max = "1000000", persist = false)
	private int training = 300;

	@Parameter(label = "Reward probability", description = "Probability that a trial is rewarded", min = "0", max = "1",
		stepSize = "0.05", persist = false)
	private double probability = 0.8;

	@Parameter(label = "Reward magnitude", description = "Reward size (1 = a full unpredicted reward)", min = "0",
		max = "10", persist = false)
	private double magnitude = 1;

	@Parameter(label = "CS time (ms)", description = "Onset of the conditioned stimulus, from the start of the trial",
		min = "0", max = "60000", persist = false)
	private int cs_time = 500;

	@Parameter(label = "Reward time (ms)",
		description = "When the reward arrives, from the start of the trial (not from the CS): after cs_time and"
			+ " before the end of the trial", min = "1", max = "60000", persist = false)
	private int reward_time = 1500;

	@Parameter(label = "Trial duration (ms)", description = "Length of a trial (at least 10 TD steps)", min = "100",
		max = "60000", persist = false)
	private int duration = 3000;

	@Parameter(label = "Stimulus representation",
		description = "How time since the CS is coded: complete serial compound (csc) or microstimulus",
		choices = { "csc", "microstimulus" }, persist = false)
	private String representation = "csc";

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same recording, bit for bit",
		persist = false)
	private long seed = 1;

	@Parameter(label = "Threads", description = "Worker threads (0 = all cores); results do not depend on it",
		min = "0", max = "1024", persist = false)
	private int threads = 0;

	@Parameter(label = "Loss levels", description = "Comma-separated fractions of neurons lost", persist = false)
	private String losses = "0,0.2,0.4,0.5,0.6,0.7,0.8,0.9,0.95";

	@Parameter(label = "Seeds", description = "Number of healthy recordings (seed, seed+1, ...) to average", min = "1",
		max = "10000", persist = false)
	private int seeds = 1;

	@Parameter(label = "Terminal loss (denervation)",
		description = "Fraction of the survivors' striatal terminals also lost", min = "0", max = "0.99",
		stepSize = "0.05", persist = false)
	private double denervation = 0.3;

	@Parameter(label = "Compensation", description = "Survivors raise release per spike to make up for the loss",
		persist = false)
	private boolean compensation = true;

	@Parameter(label = "Compensation cap", description = "Largest compensation factor (4 = complete up to 75 % loss)",
		min = "1", max = "100", persist = false)
	private double cap = 4;

	@Parameter(label = "Striatal readout",
		description = "receptor: saturating, with a detection threshold (the flattening hypothesis); linear:"
			+ " release read as it is", choices = { "receptor", "linear" }, persist = false)
	private String readout = "receptor";

	@Parameter(label = "Detection threshold",
		description = "Smallest phasic concentration the receptors detect, as a fraction of a full burst", min = "0",
		max = "1", stepSize = "0.01", persist = false)
	private double threshold = 0.3;

	@Parameter(label = "Dopamine inputs per striatal locus",
		description = "How many dopamine neurons' terminals one striatal locus pools (an order-of-magnitude"
			+ " estimate); sets the spike and release noise", min = "1", max = "100000", persist = false)
	private int convergence = 1000;

	@Parameter(label = "Release events per spike",
		description = "Release events a healthy input's spike makes at the locus", min = "0.01", max = "100",
		stepSize = "0.1", persist = false)
	private double release_per_spike = 1;

	@Parameter(label = "Learning episodes",
		description = "CS+ trials (each with a CS- trial) the striatal critic learns from", min = "1", max = "100000",
		persist = false)
	private int episodes = 400;

	@Parameter(label = "Stay bias", description = "Value of staying put in the stay/go choice", min = "-1", max = "1",
		persist = false)
	private double stay_bias = 0.1;

	@Parameter(label = "Choice temperature", description = "Softmax temperature of the stay/go choice", min = "0.001",
		max = "10", persist = false)
	private double temperature = 0.1;

	@Parameter(label = "Output folder",
		description = "Folder to write the result files and run.properties to (none: nothing is written)",
		style = "directory", required = false, persist = false)
	private File output;

	@Parameter(label = "Overwrite",
		description = "Replace files already in the output folder, and start an unfinished sweep there again"
			+ " (otherwise the run stops before it starts)", persist = false)
	private boolean overwrite = false;

	@Parameter(label = "Resume",
		description = "Finish the unfinished sweep in the output folder, keeping the (seed, loss) cells it already"
			+ " computed", persist = false)
	private boolean resume = false;
	// END DECLARED INPUTS

	/**
	 * The demo records 1000 neurons (10 trials keep its images small): with fewer, the spike
	 * noise the striatal critic learns from blurs the flattening curve.
	 */
	@Override
	public List<Key<?>> keys() {
		return SWEEP.stream().map(k -> k.equals(SimulationKeys.NEURONS) ? SimulationKeys.NEURONS.withDefault(1000)
			: k.equals(SimulationKeys.TRIALS) ? SimulationKeys.TRIALS.withDefault(10) : k).toList();
	}

	@Override
	protected void execute() {
		SweepResult result = sweep(Shard.WHOLE, 1 + (1 - SHOWN_LOSS), "healthy.tif", "parkinson.tif", "psth.csv");
		OutputFolder folder = preparedOutput();
		Recording healthy = result.firstHealthy() != null ? result.firstHealthy()
			: Simulation.run(simulation(), threads(), progress()).recording();
		Recording parkinson = Degradation.apply(healthy,
			DegradationKeys.BLOCK.read(values().with(DegradationKeys.LOSS, SHOWN_LOSS)));
		if (folder != null) {
			folder.file("healthy.tif", f -> RecordingImages.saveTiff(RecordingImages.toImage(healthy, "healthy"), f));
			folder.file("parkinson.tif", f -> RecordingImages.saveTiff(RecordingImages.toImage(parkinson, "parkinson"), f));
			folder.text("psth.csv", Reports.psth(healthy).toCsv());
			commitSweep(folder);
		}
		if (interactive()) {
			RecordingImages.toImage(healthy, "Healthy recording").show();
			RecordingImages.toImage(parkinson, "Parkinson's recording (80 % loss)").show();
		}
	}
}
