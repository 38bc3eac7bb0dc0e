package org.neurotd.serotonin;

import org.neurotd.params.Require;

/**
 * An opponent session: a dopamine and a serotonin population recorded together over reward and
 * punishment blocks (science notes, section 4).
 *
 * @param dopamineNeurons dopamine neurons recorded
 * @param serotoninNeurons serotonin neurons recorded
 * @param blocks number of blocks, alternating reward, punishment, reward, ...
 * @param blockTrials trials per block
 * @param training trials of learning (all three cues in equal shares) before the recording
 * @param rewardProbability probability that a reward cue is followed by its reward
 * @param blockBias share of a block's trials that have its dominant cue; the rest are split
 *          between the other two cues
 * @param salienceFraction share of dopamine neurons that code salience (excited by punishment
 *          as by reward: Matsumoto &amp; Hikosaka 2009) instead of value
 * @param cueExcitedFraction share of serotonin neurons excited by reward-predicting cues (the
 *          strict mirror image is only partly supported: Dayan &amp; Huys 2009)
 * @param serotoninRateHz mean tonic rate of the serotonin neurons
 * @param regularity gamma shape of the serotonin neurons' interspike intervals (1 = Poisson;
 *          the default 8, ISI CV 0.35, is the slow clock-like firing of Jacobs &amp; Azmitia 1992)
 * @param tonicShiftHz change of the serotonin tonic rate per unit of the slow average outcome
 *          (punishments minus rewards per trial)
 * @param tonicTauS time constant of that slow average, in seconds
 * @param seed master seed
 */
public record OpponentParameters(int dopamineNeurons, int serotoninNeurons, int blocks, int blockTrials,
	int training, double rewardProbability, double blockBias, double salienceFraction, double cueExcitedFraction,
	double serotoninRateHz, double regularity, double tonicShiftHz, double tonicTauS, long seed)
{
	/** Seconds from one trial's start to the next (a 3 s trial and a 3 s inter-trial interval). */
	public static final double TRIAL_INTERVAL_S = 6.0;

	/** The defaults: 4 blocks of 40 trials (4 minutes each), 50 neurons of each kind. */
	public static OpponentParameters defaults() {
		return OpponentKeys.BLOCK.defaults();
	}

	/** Validates the ranges; each failure names the key. */
	public OpponentParameters {
		OpponentKeys.DOPAMINE.require(dopamineNeurons);
		OpponentKeys.SEROTONIN.require(serotoninNeurons);
		OpponentKeys.BLOCKS.require(blocks);
		OpponentKeys.BLOCK_LENGTH.require(blockTrials);
		OpponentKeys.TRAINING.require(training);
		OpponentKeys.PROBABILITY.require(rewardProbability);
		OpponentKeys.BLOCK_BIAS.require(blockBias);
		OpponentKeys.SALIENCE_FRACTION.require(salienceFraction);
		OpponentKeys.CUE_EXCITED_FRACTION.require(cueExcitedFraction);
		OpponentKeys.SEROTONIN_RATE.require(serotoninRateHz);
		OpponentKeys.REGULARITY.require(regularity);
		OpponentKeys.TONIC_SHIFT.require(tonicShiftHz);
		OpponentKeys.TONIC_TAU.require(tonicTauS);
		long spikes = (long) (dopamineNeurons + serotoninNeurons) * blocks * blockTrials;
		Require.that(spikes <= 20_000_000L, "block_length", blockTrials,
			"at most 20,000,000 neuron-trials in all (neurons x blocks x block_length)");
	}

	/** Recorded trials. */
	public int trials() {
		return blocks * blockTrials;
	}
}
