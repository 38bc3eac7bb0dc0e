package org.neurotd.decode;

import org.neurotd.release.ReleaseParameters;

/**
 * The downstream striatal readout and the stay/go chooser.
 *
 * @param readout receptor (default) or linear
 * @param threshold smallest phasic concentration the receptors detect, as a fraction of what a
 *          healthy full burst releases; the low affinity of D1-type receptors (Richfield et al. 1989)
 *          makes them respond to phasic surges rather than to tonic dopamine, but the value itself
 *          (0.3) is not measured: it is one of the numbers that place the knee
 * @param episodes CS+ trials the striatal critic learns from (each followed by a CS- trial)
 * @param stayBias value of staying put, the small default preference for not acting
 * @param temperature softmax temperature of the stay/go choice
 * @param release how spikes become release at a striatal locus
 */
public record ReadoutParameters(Readout readout, double threshold, int episodes, double stayBias, double temperature,
	ReleaseParameters release)
{

	/** Lowest softmax temperature: below it the choice is deterministic to machine precision. */
	public static final double MIN_TEMPERATURE = 0.001;

	/** Validates the ranges. */
	public ReadoutParameters {
		ReadoutKeys.THRESHOLD.require(threshold);
		ReadoutKeys.EPISODES.require(episodes);
		ReadoutKeys.STAY_BIAS.require(stayBias);
		ReadoutKeys.TEMPERATURE.require(temperature);
	}

	/** The science notes' defaults. */
	public static ReadoutParameters defaults() {
		return ReadoutKeys.BLOCK.defaults();
	}
}
