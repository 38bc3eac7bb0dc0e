package org.neurotd.td;

/**
 * The microstimulus representation (Ludvig, Sutton & Kehoe 2008): the cue and the reward each
 * start a memory trace that decays, read by a bank of Gaussian basis functions of the trace
 * height. Later moments get broader, weaker features, so timing is coded with less precision
 * the longer the delay; the reward's own microstimuli let the value fall after the reward.
 */
public final class Microstimulus implements StimulusRepresentation {

	/** Trace decay per 10 ms. */
	public static final double DECAY_PER_10_MS = 0.985;
	/** Number of microstimuli per stimulus (cue or reward). */
	public static final int COUNT = 20;
	/** Width of each basis function in trace units. */
	public static final double WIDTH = 0.08;

	private final double decayPerStep;
	/** Heights per step since a stimulus; one instance serves one learner, on one thread. */
	private double[][] cache = new double[64][];

	/** @param stepMs TD step in ms (the trace decays per 10 ms whatever the step) */
	public Microstimulus(int stepMs) {
		this.decayPerStep = StrictMath.pow(DECAY_PER_10_MS, stepMs / 10.0);
	}

	@Override
	public int featureCount() {
		return 2 * COUNT;
	}

	@Override
	public int features(int sinceCue, int sinceReward, int[] index, double[] value) {
		int n = bank(sinceCue, 0, 0, index, value);
		return bank(sinceReward, COUNT, n, index, value);
	}

	/** Appends the microstimuli of one stimulus {@code since} steps after it (none before it). */
	private int bank(int since, int offset, int n, int[] index, double[] value) {
		if (since < 0) return n;
		double[] heights = heights(since);
		for (int i = 0; i < COUNT; i++) {
			index[n] = offset + i;
			value[n++] = heights[i];
		}
		return n;
	}

	/** The basis functions' heights {@code since} steps after a stimulus, computed once. */
	private double[] heights(int since) {
		if (since >= cache.length) cache = java.util.Arrays.copyOf(cache, Math.max(since + 1, 2 * cache.length));
		if (cache[since] == null) {
			double trace = StrictMath.pow(decayPerStep, since);
			double[] h = new double[COUNT];
			for (int i = 0; i < COUNT; i++) {
				double d = trace - (i + 1.0) / COUNT;
				h[i] = trace * StrictMath.exp(-d * d / (2 * WIDTH * WIDTH));
			}
			cache[since] = h;
		}
		return cache[since];
	}
}
