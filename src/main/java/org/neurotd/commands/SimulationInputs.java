package org.neurotd.commands;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.recording.RecordingSize;
import org.neurotd.recording.SimulationKeys;
import org.neurotd.recording.SimulationParameters;
import org.scijava.plugin.Parameter;

/** What Simulate Population and the loss sweeps share: a healthy simulation's keys and its checks. */
public abstract class SimulationInputs extends DopamineCommand {

	/** The keys of a healthy simulation a command takes, with the worker threads. */
	static final List<Key<?>> INPUTS = join(SimulationKeys.INPUTS, List.of(RunKeys.THREADS));

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Neurons", description = "Number of dopamine neurons in the population", min = "1",
		max = "10000000", persist = false)
	private int neurons = 100;

	@Parameter(label = "Recorded trials", description = "Trials recorded after training (one image slice each)",
		min = "1", max = "100000", persist = false)
	private int trials = 20;

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

	@Parameter(label = "Firing model",
		description = "gamma: renewal intervals more regular than Poisson, as recorded dopamine neurons fire;"
			+ " poisson: the most irregular", choices = { "gamma", "poisson" }, persist = false)
	private String firing = "gamma";

	@Parameter(label = "Regularity",
		description = "Gamma shape of the interspike intervals (1 = as irregular as Poisson; ISI CV = 1 /"
			+ " sqrt(shape)); ignored by Poisson firing", min = "1", max = "100", persist = false)
	private double regularity = 3;

	@Parameter(label = "Latency jitter (ms)", description = "SD of the response latency across neurons and trials",
		min = "0", max = "100", persist = false)
	private double jitter = 10;

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same recording, bit for bit",
		persist = false)
	private long seed = 1;

	@Parameter(label = "Learner",
		description = "Learning rule whose error the neurons carry: td (TD(lambda), step by step) or rw"
			+ " (Rescorla-Wagner, one update per trial, no time within it)", choices = { "td", "rw" }, persist = false)
	private String learner = "td";

	@Parameter(label = "Rescorla-Wagner rate", description = "Learning rate of the Rescorla-Wagner rule per trial",
		min = "0", max = "1", stepSize = "0.05", persist = false)
	private double rw_rate = 0.1;

	@Parameter(label = "Threads", description = "Worker threads (0 = all cores); results do not depend on it",
		min = "0", max = "1024", persist = false)
	private int threads = 0;
	// END DECLARED INPUTS

	/**
	 * Fails, before anything is allocated, unless simulating {@code p} and showing or saving
	 * {@code images} images of it fits in memory.
	 */
	protected static void requireMemory(SimulationParameters p, double images) {
		RecordingSize.require(p, images);
	}

	/** The simulation these inputs describe, validated (threads too). */
	protected SimulationParameters simulation() {
		threads();
		return SimulationKeys.BLOCK.read(values());
	}
}
