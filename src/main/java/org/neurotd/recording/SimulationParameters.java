package org.neurotd.recording;

import org.neurotd.params.Require;
import org.neurotd.population.NeuronParameters;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Learner;
import org.neurotd.td.Representation;
import org.neurotd.td.TdLearner;
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
 * @param neuron firing model
 * @param seed master seed
 */
public record SimulationParameters(int neurons, int trials, int training, boolean learning,
	TaskParameters task, TdParameters td, Representation representation, NeuronParameters neuron, long seed)
{
	/** Largest population accepted. */
	public static final int MAX_NEURONS = 10_000_000;

	/** Validates the sizes (the records inside validate themselves). */
	public SimulationParameters {
		Require.between("neurons", neurons, 1, MAX_NEURONS);
		Require.between("trials", trials, 1, 100_000);
		Require.between("training", training, 0, 1_000_000);
		Require.that((long) neurons * trials <= 200_000_000L, "trials", trials,
			"at most 200,000,000 neuron-trials in one recording (neurons x trials); here neurons=" + neurons);
	}

	/** A naive learner of the one-cue task these parameters describe. */
	public Learner newLearner() {
		return new TdLearner(task, representation, td, 1);
	}

	/** The defaults used by the commands. */
	public static SimulationParameters defaults() {
		return new SimulationParameters(100, 20, 300, true, TaskParameters.defaults(), TdParameters.defaults(),
			Representation.CSC, NeuronParameters.defaults(), 1);
	}
}
