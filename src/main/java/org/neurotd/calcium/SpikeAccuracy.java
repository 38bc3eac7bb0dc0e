package org.neurotd.calcium;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * How well inferred spikes match the true ones, by the spikefinder convention (Berens et al.
 * 2018): both resampled to 25 Hz (40 ms bins) and compared by Pearson correlation.
 */
public final class SpikeAccuracy {

	/** Width of the comparison bins. */
	public static final double BIN_MS = 40;

	private SpikeAccuracy() {}

	/**
	 * Per-frame values in 40 ms bins: each frame's value shared among the bins its interval
	 * {@code [f x frameMs, (f + 1) x frameMs)} overlaps, in proportion to the overlap.
	 */
	public static double[] binFrames(double[] perFrame, double frameMs) {
		int bins = (int) Math.ceil(perFrame.length * frameMs / BIN_MS);
		double[] out = new double[bins];
		for (int f = 0; f < perFrame.length; f++) {
			double from = f * frameMs, to = from + frameMs;
			for (int b = (int) (from / BIN_MS); b < bins && b * BIN_MS < to; b++) {
				double overlap = Math.min(to, (b + 1) * BIN_MS) - Math.max(from, b * BIN_MS);
				if (overlap > 0) out[b] += perFrame[f] * overlap / frameMs;
			}
		}
		return out;
	}

	/** Spike times (ms from the movie's start) as counts in {@code bins} 40 ms bins (later ones dropped). */
	public static double[] binTimes(double[] timesMs, int bins) {
		double[] out = new double[bins];
		for (double t : timesMs) {
			int b = (int) Math.floor(t / BIN_MS);
			if (b >= 0 && b < bins) out[b]++;
		}
		return out;
	}

	/** Pearson correlation of two equally long series (NaN when either is constant). */
	public static double correlation(double[] a, double[] b) {
		if (a.length < 2) return Double.NaN;
		return new PearsonsCorrelation().correlation(a, b);
	}
}
