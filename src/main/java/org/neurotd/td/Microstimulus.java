package org.neurotd.td;

/**
 * The microstimulus representation (Ludvig, Sutton &amp; Kehoe 2008): the cue and the reward each
 * start a memory trace that decays, read by a bank of Gaussian basis functions of the trace
 * height, each scaled by the height. Later moments get broader, weaker features, so timing is
 * coded with less precision the longer the delay; the reward's own microstimuli let the value
 * fall after the reward.
 * <p>
 * Tuned so that it keeps what the complete serial compound gets right at a one-second delay (an
 * omitted or late reward dips at the usual time) and times longer delays less and less well: the
 * trace decays slowly enough (0.99 per 10 ms) to span seconds, the bumps are narrow (50 of width
 * 0.02) so the near delays are timed sharply, and a weak presence feature (0.1 while the cue is
 * remembered; Ludvig, Sutton &amp; Kehoe 2012) carries a prediction without timing where the
 * trace has faded. The reward ends the cue's trace, so an early reward leaves no expectation to
 * dip at the usual time (Hollerman &amp; Schultz 1998).
 */
public final class Microstimulus implements StimulusRepresentation {

	/** Trace decay per 10 ms. */
	public static final double DECAY_PER_10_MS = 0.99;
	/** Number of microstimuli per stimulus (cue or reward). */
	public static final int COUNT = 50;
	/** Width of each basis function in trace units. */
	public static final double WIDTH = 0.02;
	/** Height of the cue's presence feature. */
	public static final double PRESENCE = 0.1;

	/** Index of the presence feature, after the cue's microstimuli. */
	private static final int PRESENCE_INDEX = COUNT;
	/** First index of the reward's microstimuli. */
	private static final int REWARD_OFFSET = COUNT + 1;

	/** Heights below this are left out: the narrow bumps are zero almost everywhere. */
	private static final double NEGLIGIBLE = 1e-12;

	private final double decayPerStep;
	/** Which bumps are active, and their heights, per step since a stimulus; one instance serves one learner, on one thread. */
	private int[][] activeCache = new int[64][];
	private double[][] heightCache = new double[64][];

	/** @param stepMs TD step in ms (the trace decays per 10 ms whatever the step) */
	public Microstimulus(int stepMs) {
		this.decayPerStep = StrictMath.pow(DECAY_PER_10_MS, stepMs / 10.0);
	}

	@Override
	public int featureCount() {
		return 2 * COUNT + 1;
	}

	@Override
	public int features(int sinceCue, int sinceReward, int[] index, double[] value) {
		int n = 0;
		if (sinceCue >= 0 && sinceReward < 0) {
			n = bank(sinceCue, 0, n, index, value);
			index[n] = PRESENCE_INDEX;
			value[n++] = PRESENCE;
		}
		return bank(sinceReward, REWARD_OFFSET, n, index, value);
	}

	/** Appends the microstimuli of one stimulus {@code since} steps after it (none before it). */
	private int bank(int since, int offset, int n, int[] index, double[] value) {
		if (since < 0) return n;
		compute(since);
		int[] active = activeCache[since];
		double[] heights = heightCache[since];
		for (int k = 0; k < active.length; k++) {
			index[n] = offset + active[k];
			value[n++] = heights[k];
		}
		return n;
	}

	/** The basis functions that are not negligible {@code since} steps after a stimulus, computed once. */
	private void compute(int since) {
		if (since >= activeCache.length) {
			int length = Math.max(since + 1, 2 * activeCache.length);
			activeCache = java.util.Arrays.copyOf(activeCache, length);
			heightCache = java.util.Arrays.copyOf(heightCache, length);
		}
		if (activeCache[since] != null) return;
		double trace = StrictMath.pow(decayPerStep, since);
		int[] active = new int[COUNT];
		double[] h = new double[COUNT];
		int m = 0;
		for (int i = 0; i < COUNT; i++) {
			double d = trace - (i + 1.0) / COUNT;
			double height = trace * StrictMath.exp(-d * d / (2 * WIDTH * WIDTH));
			if (height < NEGLIGIBLE) continue;
			active[m] = i;
			h[m++] = height;
		}
		activeCache[since] = java.util.Arrays.copyOf(active, m);
		heightCache[since] = java.util.Arrays.copyOf(h, m);
	}
}
