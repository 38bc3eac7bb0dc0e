package org.neurotd.calcium;

/**
 * Non-negative deconvolution of a fluorescence trace with an AR(1) calcium model, by the
 * active-set method of Friedrich, Zhou &amp; Paninski (2017, OASIS), written from the paper.
 * <p>
 * The model: calcium {@code c[t] = g c[t-1] + s[t]} with spikes {@code s >= 0}; the trace is
 * calcium plus noise. The deconvolution minimises {@code 1/2 |c - y|^2 + lambda sum s}. Since
 * {@code sum s = (1 - g) sum c + g c[T-1]}, the penalty only shifts the trace down by
 * {@code lambda (1 - g)} (by {@code lambda} in the last frame), and the problem is a
 * non-negative least squares fit by pieces of exponential decay. Frames are added one at a
 * time as pools (runs of frames without a spike inside, the calcium decaying by {@code g} per
 * frame from the pool's value); whenever a pool starts lower than its predecessor has decayed
 * to, so the spike between them would be negative (or below {@code minSpike}), the two are
 * merged, and the merged pool is compared with its own predecessor in turn: pool-adjacent
 * violators with the decay. Each frame is merged at most once, so the cost is linear in the
 * trace's length.
 */
public final class Oasis {

	private Oasis() {}

	/**
	 * The deconvolved calcium and spikes of one trace.
	 *
	 * @param calcium the fitted calcium, in the trace's units
	 * @param spikes the inferred spikes (calcium jumps), non-negative, in the trace's units
	 */
	public record Deconvolution(double[] calcium, double[] spikes) {}

	/**
	 * Deconvolves {@code trace} (baseline already removed).
	 *
	 * @param trace the fluorescence, e.g. dF/F
	 * @param g the calcium decay per frame, in (0, 1)
	 * @param lambda the sparsity penalty on the spikes' sum (0 = none), in the trace's units
	 * @param minSpike smallest spike kept (0 = any positive jump); a larger value gives the
	 *          thresholded variant of the paper, which merges pools whose jump is smaller
	 */
	public static Deconvolution deconvolve(double[] trace, double g, double lambda, double minSpike) {
		if (!(g > 0 && g < 1)) throw new IllegalArgumentException("decay per frame must be in (0, 1): " + g);
		int n = trace.length;
		// pools as parallel arrays: weighted sum v, weight w, first frame and length
		double[] v = new double[n];
		double[] w = new double[n];
		int[] start = new int[n];
		int[] length = new int[n];
		int pools = 0;
		for (int t = 0; t < n; t++) {
			double shifted = trace[t] - lambda * (t == n - 1 ? 1 : 1 - g);
			v[pools] = shifted;
			w[pools] = 1;
			start[pools] = t;
			length[pools] = 1;
			pools++;
			while (pools > 1) {
				int a = pools - 2, b = pools - 1;
				double decay = Math.pow(g, length[a]);
				if (value(v, w, b, false) - decay * value(v, w, a, a == 0) >= minSpike) break;
				v[a] += decay * v[b];
				w[a] += decay * decay * w[b];
				length[a] += length[b];
				pools--;
			}
		}
		return expand(v, w, start, length, pools, g, n);
	}

	private static double value(double[] v, double[] w, int pool, boolean first) {
		double u = v[pool] / w[pool];
		return first ? Math.max(0, u) : u;
	}

	private static Deconvolution expand(double[] v, double[] w, int[] start, int[] length, int pools, double g, int n) {
		double[] c = new double[n];
		double[] s = new double[n];
		double previous = 0;
		for (int p = 0; p < pools; p++) {
			double u = Math.max(0, value(v, w, p, p == 0));
			int t0 = start[p];
			s[t0] = Math.max(0, u - g * previous);
			double x = u;
			for (int k = 0; k < length[p]; k++, x *= g) c[t0 + k] = x;
			previous = c[t0 + length[p] - 1];
		}
		return new Deconvolution(c, s);
	}
}
