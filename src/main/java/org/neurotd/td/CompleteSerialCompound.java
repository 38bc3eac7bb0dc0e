package org.neurotd.td;

/**
 * The complete serial compound ("tapped delay line"): one feature per TD step since cue onset,
 * so each moment after the cue has its own learnable value (Montague, Dayan & Sejnowski 1996).
 */
public final class CompleteSerialCompound implements StimulusRepresentation {

	private final int length;

	/** @param length number of steps after onset that get their own feature */
	public CompleteSerialCompound(int length) {
		this.length = length;
	}

	@Override
	public int featureCount() {
		return length;
	}

	@Override
	public int features(int sinceCue, int sinceReward, double[] out) {
		java.util.Arrays.fill(out, 0, length, 0.0);
		if (sinceCue < 0 || sinceCue >= length) return length;
		out[sinceCue] = 1.0;
		return sinceCue;
	}
}
