package org.neurotd.recording;

import org.neurotd.params.Require;
import org.neurotd.population.NeuronParameters;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Learner;
import org.neurotd.td.LearnerParameters;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;

/**
 * Everything that determines a healthy recording, seed included.
 *
 * @param neurons population size
 * @param trials recorded trials
 * @param training trials of learning before the recording starts
 * @param learning whether recorded trials keep learning, as in a real session
 * @param task trial timing and reward
 * @param td TD(lambda) constants
 * @param representation stimulus representation
 * @param learner the learning rule whose error the neurons carry
 * @param neuron firing model
 * @param seed master seed
 */
public record SimulationParameters(int neurons, int trials, int training, boolean learning,
	TaskParameters task, TdParameters td, Representation representation, LearnerParameters learner, NeuronParameters neuron,
	long seed)
{
	/** Largest population accepted. */
	public static final int MAX_NEURONS = 10_000_000;

	/** Validates the sizes (the records inside validate themselves). */
	public SimulationParameters {
		SimulationKeys.NEURONS.require(neurons);
		SimulationKeys.TRIALS.require(trials);
		SimulationKeys.TRAINING.require(training);
		Require.that((long) neurons * trials <= 200_000_000L, "trials", trials,
			"at most 200,000,000 neuron-trials in one recording (neurons x trials); here neurons=" + neurons);
	}

	/** A simulation whose neurons carry TD(lambda)'s error. */
	public SimulationParameters(int neurons, int trials, int training, boolean learning, TaskParameters task,
		TdParameters td, Representation representation, NeuronParameters neuron, long seed)
	{
		this(neurons, trials, training, learning, task, td, representation, LearnerParameters.defaults(), neuron, seed);
	}

	/** A naive learner of the one-cue task these parameters describe. */
	public Learner newLearner() {
		return learner.create(task, representation, td, 1);
	}

	/** The defaults used by the commands. */
	public static SimulationParameters defaults() {
		return SimulationKeys.BLOCK.defaults();
	}
}
