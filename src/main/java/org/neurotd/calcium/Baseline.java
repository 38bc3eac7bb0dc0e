package org.neurotd.calcium;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

import org.neurotd.params.Require;

/**
 * The running baseline F0 of a fluorescence trace, for dF/F = (F - F0) / F0.
 * <ul>
 * <li>{@link #MAXIMIN}: the trace smoothed by a Gaussian, then a running minimum and a running
 * maximum over the window (suite2p's default): the minimum finds the floor between transients,
 * the maximum undoes the minimum's downward bias where the floor is flat. Linear in the
 * trace's length.</li>
 * <li>{@link #PERCENTILE}: a running percentile over the window (8th by default), which
 * tolerates transients covering most of the window less well but assumes no smoothing width.</li>
 * </ul>
 */
public enum Baseline {
	/** Gaussian smoothing, running minimum, running maximum. */
	MAXIMIN("maximin"),
	/** A running percentile. */
	PERCENTILE("percentile");

	private final String key;

	Baseline(String key) {
		this.key = key;
	}

	/** The key word. */
	public String key() {
		return key;
	}

	/** The baseline called {@code key}; the error names {@code baseline} and the choices. */
	public static Baseline parse(String key) {
		return Require.choice("baseline", key, values(), Baseline::key);
	}

	/**
	 * The baseline of {@code trace}.
	 *
	 * @param window the window in frames (centred on each frame, clipped at the ends)
	 * @param smoothing the Gaussian's SD in frames (maximin only)
	 * @param percentile the percentile, 0-100 (percentile only)
	 */
	public double[] of(double[] trace, int window, double smoothing, double percentile) {
		return switch (this) {
			case MAXIMIN -> running(running(gaussian(trace, smoothing), window, true), window, false);
			case PERCENTILE -> runningPercentile(trace, window, percentile);
		};
	}

	/** A running minimum ({@code min}) or maximum, by a monotone deque of indices. */
	static double[] running(double[] x, int window, boolean min) {
		int n = x.length, half = window / 2;
		double[] out = new double[n];
		Deque<Integer> deque = new ArrayDeque<>();
		int next = 0;
		for (int t = 0; t < n; t++) {
			for (int end = Math.min(n - 1, t + half); next <= end; next++) {
				while (!deque.isEmpty() && (min ? x[deque.peekLast()] >= x[next] : x[deque.peekLast()] <= x[next])) {
					deque.pollLast();
				}
				deque.addLast(next);
			}
			while (deque.peekFirst() < t - half) deque.pollFirst();
			out[t] = x[deque.peekFirst()];
		}
		return out;
	}

	/** Gaussian smoothing (SD {@code sigma} frames, 0 = none), the edges reflected. */
	static double[] gaussian(double[] x, double sigma) {
		if (sigma <= 0) return x.clone();
		int radius = (int) Math.ceil(3 * sigma), n = x.length;
		double[] kernel = new double[2 * radius + 1];
		double sum = 0;
		for (int k = -radius; k <= radius; k++) sum += kernel[k + radius] = Math.exp(-0.5 * k * k / (sigma * sigma));
		double[] out = new double[n];
		for (int t = 0; t < n; t++) {
			double acc = 0;
			for (int k = -radius; k <= radius; k++) acc += kernel[k + radius] * x[reflect(t + k, n)];
			out[t] = acc / sum;
		}
		return out;
	}

	private static int reflect(int i, int n) {
		if (n == 1) return 0;
		int period = 2 * (n - 1);
		int m = Math.floorMod(i, period);
		return m < n ? m : period - m;
	}

	/** A running percentile, keeping the window sorted as it slides: O(window) per frame. */
	static double[] runningPercentile(double[] x, int window, double percentile) {
		int n = x.length, half = window / 2;
		double[] sorted = new double[Math.min(n, 2 * half + 1)];
		int size = 0, next = 0;
		double[] out = new double[n];
		for (int t = 0; t < n; t++) {
			if (t - half - 1 >= 0) size = remove(sorted, size, x[t - half - 1]);
			for (int end = Math.min(n - 1, t + half); next <= end; next++) size = insert(sorted, size, x[next]);
			double rank = percentile / 100 * (size - 1);
			int lo = (int) Math.floor(rank);
			int hi = Math.min(size - 1, lo + 1);
			out[t] = sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
		}
		return out;
	}

	private static int insert(double[] sorted, int size, double value) {
		int at = Arrays.binarySearch(sorted, 0, size, value);
		if (at < 0) at = -at - 1;
		System.arraycopy(sorted, at, sorted, at + 1, size - at);
		sorted[at] = value;
		return size + 1;
	}

	private static int remove(double[] sorted, int size, double value) {
		int at = Arrays.binarySearch(sorted, 0, size, value);
		System.arraycopy(sorted, at + 1, sorted, at, size - at - 1);
		return size - 1;
	}
}
