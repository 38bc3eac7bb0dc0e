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
	public int features(int sinceCue, int sinceReward, int[] index, double[] value) {
		if (sinceCue < 0 || sinceCue >= length) return 0;
		index[0] = sinceCue;
		value[0] = 1.0;
		return 1;
	}
}
