package org.neurotd.distributional;

import org.neurotd.params.Require;

/**
 * What determines a distributional-code experiment, seed included.
 *
 * @param rewards the reward distribution
 * @param neurons neurons in each population
 * @param training trials of learning before the recording
 * @param trials recorded trials
 * @param alpha mean of each neuron's two learning rates
 * @param seed master seed
 */
public record DistributionalParameters(RewardDistribution rewards, int neurons, int training, int trials, double alpha,
	long seed)
{
	/** Validates the ranges. */
	public DistributionalParameters {
		DistributionalKeys.NEURONS.require(neurons);
		DistributionalKeys.TRAINING.require(training);
		DistributionalKeys.TRIALS.require(trials);
		DistributionalKeys.ALPHA.require(alpha);
		Require.that((long) neurons * trials <= 4_000_000L, "trials", trials,
			"at most 4,000,000 neuron-trials per population (neurons x trials); here neurons=" + neurons);
	}

	/** The defaults: a bimodal distribution of seven sizes, 40 neurons, 2000 training and 1000 recorded trials. */
	public static DistributionalParameters defaults() {
		return DistributionalKeys.BLOCK.defaults();
	}
}
