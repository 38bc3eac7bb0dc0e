package org.neurotd.distributional;

/**
 * A neuron's reversal point, read from its responses: the reward size at which its response
 * changes sign (Dabney et al. 2020). The responses to each size are fitted by two lines through a
 * common zero, one slope above it and one below (least squares, weighted by the trials at each
 * size, the zero searched on a fine grid), and the reversal point is that zero: a weak pause on
 * one side cannot move it as far as a sign flip of one noisy mean would.
 */
public final class ReversalPoint {

	/** Resolution of the search, reward units. */
	static final double RESOLUTION = 0.002;

	private ReversalPoint() {}

	/**
	 * The reversal point from the trials {@code k} with {@code k % 2 == parity}: {@code sizes} are
	 * the reward sizes, {@code size[k]} the index of trial k's size, {@code windowHz[k]} its firing
	 * after the reward and {@code baselineHz[k]} before the cue (the response is the window minus
	 * the half's mean baseline). NaN when fewer than two sizes were seen.
	 */
	public static double of(double[] sizes, int[] size, double[] windowHz, double[] baselineHz, int parity) {
		double[] sum = new double[sizes.length], n = new double[sizes.length];
		double baseline = 0;
		int trials = 0;
		for (int k = parity; k < windowHz.length; k += 2) {
			sum[size[k]] += windowHz[k];
			n[size[k]]++;
			baseline += baselineHz[k];
			trials++;
		}
		int seen = 0;
		for (double c : n) if (c > 0) seen++;
		if (seen < 2) return Double.NaN;
		double[] mean = new double[sizes.length];
		for (int j = 0; j < sizes.length; j++) mean[j] = n[j] > 0 ? sum[j] / n[j] - baseline / trials : 0;
		return zero(sizes, mean, n);
	}

	/** The zero of the best two-slope fit to the means {@code y} at {@code x}, weights {@code w}. */
	static double zero(double[] x, double[] y, double[] w) {
		double best = x[0], bestError = Double.POSITIVE_INFINITY;
		for (double e = x[0]; e <= x[x.length - 1] + 1e-12; e += RESOLUTION) {
			double error = residual(x, y, w, e, true) + residual(x, y, w, e, false);
			if (error < bestError) {
				bestError = error;
				best = e;
			}
		}
		return best;
	}

	/** Weighted squared residual of the line through (e, 0) fitted to the points above (or below) e. */
	private static double residual(double[] x, double[] y, double[] w, double e, boolean above) {
		double sxy = 0, sxx = 0, syy = 0;
		for (int j = 0; j < x.length; j++) {
			double d = x[j] - e;
			if (w[j] == 0 || (above ? d <= 0 : d > 0)) continue;
			sxy += w[j] * d * y[j];
			sxx += w[j] * d * d;
			syy += w[j] * y[j] * y[j];
		}
		// The slope keeps the response's sign: rising through the zero, from either side.
		double slope = sxx > 0 ? Math.max(0, sxy / sxx) : 0;
		return syy - 2 * slope * sxy + slope * slope * sxx;
	}
}
