package org.neurotd.tonic;

import org.apache.commons.math3.stat.descriptive.rank.Median;

/**
 * The tonic and phasic components of a recorded signal (a population's spikes, or the release
 * they make), measured from it alone: the signal per neuron in 100 ms bins, the tonic component
 * its running median over 5.1 s (robust to the brief bursts and pauses), the phasic component
 * what is left.
 *
 * @param rateHz the signal per neuron in each bin, Hz
 * @param tonicHz its tonic component, Hz
 * @param phasicHz its phasic component, Hz
 */
public record TonicComponents(double[] rateHz, double[] tonicHz, double[] phasicHz) {

	/** Bin width, ms. */
	public static final int BIN_MS = 100;
	/** Bins on either side of a bin in its running median. */
	static final int HALF_WINDOW = 25;
	/** The phasic response window after an event, ms. */
	public static final int WINDOW_START_MS = 50, WINDOW_END_MS = 300;

	/** The components of a signal given as events per 1 ms bin, summed over {@code neurons}. */
	public static TonicComponents of(int[] perMs, int neurons) {
		int bins = perMs.length / BIN_MS;
		double[] rate = new double[bins];
		for (int t = 0; t < bins * BIN_MS; t++) rate[t / BIN_MS] += perMs[t];
		for (int b = 0; b < bins; b++) rate[b] /= neurons * (BIN_MS / 1000.0);
		double[] tonic = new double[bins], phasic = new double[bins];
		Median median = new Median();
		for (int b = 0; b < bins; b++) {
			int from = Math.max(0, b - HALF_WINDOW), to = Math.min(bins, b + HALF_WINDOW + 1);
			tonic[b] = median.evaluate(rate, from, to - from);
			phasic[b] = rate[b] - tonic[b];
		}
		return new TonicComponents(rate, tonic, phasic);
	}

	/**
	 * The phasic response to an event at {@code eventMs}: the signal in the response window after
	 * it, per neuron, minus the tonic component there, Hz.
	 */
	public double responseHz(int[] perMs, int eventMs, int neurons) {
		int from = Math.min(perMs.length, eventMs + WINDOW_START_MS), to = Math.min(perMs.length, eventMs + WINDOW_END_MS);
		double sum = 0;
		for (int t = from; t < to; t++) sum += perMs[t];
		double windowS = (WINDOW_END_MS - WINDOW_START_MS) / 1000.0;
		return sum / (neurons * windowS) - tonicHz[Math.min(tonicHz.length - 1, from / BIN_MS)];
	}

	/** The mean tonic component over the bins of [fromMs, toMs), Hz. */
	public double meanTonicHz(int fromMs, int toMs) {
		double sum = 0;
		int n = 0;
		for (int b = fromMs / BIN_MS; b < Math.min(tonicHz.length, toMs / BIN_MS); b++, n++) sum += tonicHz[b];
		return n == 0 ? Double.NaN : sum / n;
	}
}
