package org.neurotd.commands;

import org.neurotd.ij1.RecordingImages;
import org.neurotd.population.NeuronParameters;
import org.neurotd.recording.RecordingSize;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;
import org.scijava.plugin.Parameter;

/** The parameters of a healthy simulation, shared by Simulate Population and the loss sweep. */
public abstract class SimulationInputs extends DopamineCommand {

	@Parameter(label = "Neurons", description = "Number of dopamine neurons in the population", min = "1",
		max = "10000000", persist = false)
	protected int neurons = 100;

	@Parameter(label = "Recorded trials", description = "Trials recorded after training (one image slice each)",
		min = "1", max = "100000", persist = false)
	protected int trials = 20;

	@Parameter(label = "Training trials", description = "Trials of TD learning before the recording starts (0 = naive)",
		min = "0", max = "1000000", persist = false)
	protected int training = 300;

	@Parameter(label = "Reward probability", description = "Probability that a trial is rewarded", min = "0",
		max = "1", stepSize = "0.05", persist = false)
	protected double probability = 0.8;

	@Parameter(label = "Reward magnitude", description = "Reward size (1 = a full unpredicted reward)", min = "0",
		max = "10", persist = false)
	protected double magnitude = 1;

	@Parameter(label = "CS time (ms)", description = "Onset of the conditioned stimulus", min = "0", persist = false)
	protected int cs_time = 500;

	@Parameter(label = "Reward time (ms)", description = "When the reward arrives (after the CS)", min = "1",
		persist = false)
	protected int reward_time = 1500;

	@Parameter(label = "Trial duration (ms)", description = "Length of a trial", min = "100", max = "60000",
		persist = false)
	protected int duration = 3000;

	@Parameter(label = "Stimulus representation", description = "How time since the CS is coded: complete serial"
		+ " compound (csc) or microstimulus", choices = { "csc", "microstimulus" }, persist = false)
	protected String representation = "csc";

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same recording, bit for bit",
		persist = false)
	protected long seed = 1;

	@Parameter(label = "Threads", description = "Worker threads (0 = all cores); results do not depend on it",
		min = "0", max = "1024", persist = false)
	protected int threads = 0;

	/**
	 * Fails, before anything is allocated, unless simulating {@code p} and building
	 * {@code images} full-size images of it fits in memory (and in an ImageJ image).
	 */
	protected static void requireMemory(SimulationParameters p, double images) {
		if (images > 0) RecordingImages.requireImageSize(p.neurons(), p.trials(), p.task().durationMs());
		RecordingSize.require(p, images);
	}

	/** The simulation these inputs describe, validated (threads too). */
	protected SimulationParameters simulation() {
		threads(threads);
		TaskParameters defaults = TaskParameters.defaults();
		TaskParameters task = new TaskParameters(duration, cs_time, reward_time, defaults.stepMs(), probability, magnitude);
		return new SimulationParameters(neurons, trials, training, true, task, TdParameters.defaults(),
			Representation.parse(representation), NeuronParameters.defaults(), seed);
	}
}
