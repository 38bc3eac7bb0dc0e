package org.neurotd.decode;

/**
 * How flat the value function has become (science notes, section 3).
 *
 * @param loss fraction of neurons lost (0 for a healthy recording)
 * @param survivors neurons left
 * @param valueContrast learned CS+ minus CS- value, relative to the same critic fed by the
 *          healthy population
 * @param dprime discriminability of the CS response in the recorded spikes
 * @param rampSlopePerS slope of the learned value from CS to reward, per second
 * @param stayFraction share of stay choices of the stay/go chooser
 */
public record FlatteningMetrics(double loss, int survivors, double valueContrast, double dprime,
	double rampSlopePerS, double stayFraction) {}
