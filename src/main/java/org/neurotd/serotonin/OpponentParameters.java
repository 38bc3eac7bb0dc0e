package org.neurotd.serotonin;

import org.neurotd.params.Require;
import org.neurotd.population.FiringParameters;

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
		return new OpponentParameters(50, 50, 4, 40, 300, 0.75, 0.6, 0.0, 0.2, 2.5, 8, 1.5, 60.0, 1);
	}

	/** Validates the ranges; each failure names the key. */
	public OpponentParameters {
		Require.between("dopamine", dopamineNeurons, 1, 10_000);
		Require.between("serotonin", serotoninNeurons, 1, 10_000);
		Require.between("blocks", blocks, 1, 100);
		Require.between("block_length", blockTrials, 3, 1000);
		Require.between("training", training, 0, 100_000);
		Require.fraction("probability", rewardProbability);
		Require.between("block_bias", blockBias, 1.0 / 3, 1.0);
		Require.fraction("salience_fraction", salienceFraction);
		Require.fraction("cue_excited_fraction", cueExcitedFraction);
		Require.between("serotonin_rate", serotoninRateHz, 0.1, 20.0);
		Require.between("regularity", regularity, 1.0, FiringParameters.MAX_REGULARITY);
		Require.between("tonic_shift", tonicShiftHz, -5.0, 5.0);
		Require.between("tonic_tau", tonicTauS, 1.0, 3600.0);
		long spikes = (long) (dopamineNeurons + serotoninNeurons) * blocks * blockTrials;
		Require.that(spikes <= 20_000_000L, "block_length", blockTrials,
			"at most 20,000,000 neuron-trials in all (neurons x blocks x block_length)");
	}

	/** Recorded trials. */
	public int trials() {
		return blocks * blockTrials;
	}
}
