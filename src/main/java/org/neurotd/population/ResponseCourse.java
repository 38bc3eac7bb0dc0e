package org.neurotd.population;

/**
 * The shared response time course of one trial at 1 ms resolution, compressed into segments
 * over which it is constant. A neuron's rate is {@code baseline * tonic(t) + gain * burst(t)},
 * so its integrated rate is a weighted sum of two shared cumulative integrals: that is what lets
 * the spike generator find each next spike by search, at a cost per spike rather than per bin.
 */
public final class ResponseCourse {

	// Package-private: the spike generator's inner loop reads these arrays directly.
	final int[] startMs;
	final double[] tonic;
	final double[] burst;
	final double[] tonicIntegral;
	final double[] burstIntegral;
	private final int durationMs;

	private ResponseCourse(int[] startMs, double[] tonic, double[] burst, int durationMs) {
		this.startMs = startMs;
		this.tonic = tonic;
		this.burst = burst;
		this.durationMs = durationMs;
		int n = startMs.length;
		tonicIntegral = new double[n + 1];
		burstIntegral = new double[n + 1];
		for (int j = 0; j < n; j++) {
			double len = end(j) - startMs[j];
			tonicIntegral[j + 1] = tonicIntegral[j] + tonic[j] * len;
			burstIntegral[j + 1] = burstIntegral[j] + burst[j] * len;
		}
	}

	/**
	 * The response to a trial's TD errors: error {@code delta[k]} of step k is held from
	 * {@code k * stepMs + latency} for {@code burstMs}; overlapping errors add up.
	 */
	public static ResponseCourse of(double[] delta, int stepMs, NeuronParameters p) {
		return of(delta, null, stepMs, p);
	}

	/**
	 * As {@link #of(double[], int, NeuronParameters)}, with the tonic rate scaled in each TD step
	 * by {@code envelope[k]} (a slow tonic level under the phasic errors; pauses silence a share
	 * of the raised rate, bursts add to it); null leaves the tonic rate at baseline.
	 */
	public static ResponseCourse of(double[] delta, double[] envelope, int stepMs, NeuronParameters p) {
		if (envelope != null && envelope.length != delta.length) {
			throw new IllegalArgumentException("one envelope value per TD step");
		}
		int duration = delta.length * stepMs;
		int[] start = new int[duration];
		double[] tonic = new double[duration];
		double[] burst = new double[duration];
		int segments = 0;
		for (int t = 0; t < duration; t = envelope == null ? nextChange(t, stepMs, p)
			: Math.min(nextChange(t, stepMs, p), (t / stepMs + 1) * stepMs)) {
			// The errors whose response window covers millisecond t: this set, and so the drive,
			// only changes at the times nextChange finds.
			int since = t - p.latencyMs();
			int last = since < 0 ? -1 : Math.min(delta.length - 1, since / stepMs);
			int first = since < 0 ? 0 : Math.max(0, Math.floorDiv(since - p.burstMs(), stepMs) + 1);
			double drive = sum(delta, first, last);
			double on = Math.max(0, drive);
			double off = Math.max(0, 1 - p.pauseDepth() * Math.max(0, -drive))
				* (envelope == null ? 1 : envelope[t / stepMs]);
			if (segments == 0 || on != burst[segments - 1] || off != tonic[segments - 1]) {
				start[segments] = t;
				tonic[segments] = off;
				burst[segments] = on;
				segments++;
			}
		}
		return new ResponseCourse(java.util.Arrays.copyOf(start, segments),
			java.util.Arrays.copyOf(tonic, segments), java.util.Arrays.copyOf(burst, segments), duration);
	}

	/**
	 * A course of absolute rates, constant within each step: {@code rateHz[k]} from
	 * {@code k * stepMs} (a neuron of baseline 1 Hz and no gain fires at it). For models that
	 * compute their own drive per step rather than from one TD error, e.g. the serotonin neurons.
	 */
	public static ResponseCourse ofRates(double[] rateHz, int stepMs) {
		int[] start = new int[rateHz.length];
		double[] tonic = new double[rateHz.length];
		int segments = 0;
		for (int k = 0; k < rateHz.length; k++) {
			double rate = Math.max(0, rateHz[k]);
			if (segments > 0 && rate == tonic[segments - 1]) continue;
			start[segments] = k * stepMs;
			tonic[segments++] = rate;
		}
		return new ResponseCourse(java.util.Arrays.copyOf(start, segments), java.util.Arrays.copyOf(tonic, segments),
			new double[segments], rateHz.length * stepMs);
	}

	/** The next millisecond after {@code t} at which an error's response window opens or closes. */
	private static int nextChange(int t, int stepMs, NeuronParameters p) {
		int since = t - p.latencyMs();
		if (since < 0) return p.latencyMs();
		int opens = t + stepMs - since % stepMs;
		int closes = t + stepMs - Math.floorMod(since - p.burstMs(), stepMs);
		return Math.min(opens, closes);
	}

	private static double sum(double[] delta, int first, int last) {
		double sum = 0;
		for (int k = first; k <= last; k++) sum += delta[k];
		return sum;
	}

	/** Number of constant segments. */
	public int segments() {
		return startMs.length;
	}

	/** Start of segment {@code j} in ms. */
	public int start(int j) {
		return startMs[j];
	}

	/** End of segment {@code j} in ms (exclusive). */
	public int end(int j) {
		return j + 1 < startMs.length ? startMs[j + 1] : durationMs;
	}

	/** Tonic factor in segment j (1 = baseline, 0 = full pause). */
	public double tonic(int j) {
		return tonic[j];
	}

	/** Burst drive in segment j (error units). */
	public double burst(int j) {
		return burst[j];
	}

	/** Integral of the tonic factor from 0 to the start of segment j, in ms. */
	public double tonicIntegral(int j) {
		return tonicIntegral[j];
	}

	/** Integral of the burst drive from 0 to the start of segment j, in ms. */
	public double burstIntegral(int j) {
		return burstIntegral[j];
	}

	/** Trial length in ms. */
	public int durationMs() {
		return durationMs;
	}
}
