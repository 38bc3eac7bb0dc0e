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

	/** @param stepMs TD step in ms (the trace decays per 10 ms whatever the step) */
	public Microstimulus(int stepMs) {
		this.decayPerStep = StrictMath.pow(DECAY_PER_10_MS, stepMs / 10.0);
	}

	@Override
	public int featureCount() {
		return 2 * COUNT;
	}

	@Override
	public int features(int sinceCue, int sinceReward, double[] out) {
		bank(sinceCue, out, 0);
		bank(sinceReward, out, COUNT);
		return sinceCue < 0 ? COUNT : 0;
	}

	private void bank(int since, double[] out, int offset) {
		if (since < 0) {
			java.util.Arrays.fill(out, offset, offset + COUNT, 0.0);
			return;
		}
		double trace = StrictMath.pow(decayPerStep, since);
		for (int i = 0; i < COUNT; i++) {
			double d = trace - (i + 1.0) / COUNT;
			out[offset + i] = trace * StrictMath.exp(-d * d / (2 * WIDTH * WIDTH));
		}
	}
}
