package org.neurotd.decode;

/**
 * What a striatal critic learned: its value over a CS+ trial and the onset values of the
 * rewarded cue (CS+) and the unrewarded one (CS-).
 *
 * @param value value per TD step over a CS+ trial
 * @param rewardedOnset value of the CS+ at its onset
 * @param unrewardedOnset value of the CS- at its onset
 * @param rampSlopePerS least-squares slope of the value from CS to reward, per second
 */
public record CriticValues(double[] value, double rewardedOnset, double unrewardedOnset, double rampSlopePerS) {

	/** Learned value of the rewarded state minus the unrewarded one. */
	public double contrast() {
		return rewardedOnset - unrewardedOnset;
	}
}
