package org.neurotd.td;

/**
 * Accumulating eligibility traces of one cue's features and the weights they update, at a cost
 * per step that does not grow with the number of features. All traces decay by the same factor,
 * so they are stored divided by a shared {@code scale}; every weight update adds the same
 * multiple of the traces, so it is kept as one running {@code sum} and applied to a weight only
 * when that weight is read or its trace changes (weight = stored + scaled trace x (sum - mark)).
 * The stored values are renormalised before the scale gets small enough to lose precision.
 */
final class EligibilityTraces {

	/** Renormalise when the shared scale falls below this (bounds the rounding it amplifies). */
	private static final double MIN_SCALE = 1e-4;

	private final double[] weights;
	private final int offset;
	private final double[] scaled;
	private final double[] mark;
	private final int[] touched;
	private final boolean[] isTouched;
	private int touchedCount;
	private double scale = 1;
	private double sum;

	/**
	 * Traces for the features {@code offset .. offset + count} of {@code weights}, all zero.
	 * Reused trial after trial: clearing costs the features touched, not all of them.
	 */
	EligibilityTraces(double[] weights, int offset, int count) {
		this.weights = weights;
		this.offset = offset;
		this.scaled = new double[count];
		this.mark = new double[count];
		this.touched = new int[count];
		this.isTouched = new boolean[count];
	}

	/** Current weight of feature {@code i}. */
	double weight(int i) {
		return weights[offset + i] + scaled[i] * (sum - mark[i]);
	}

	/** Adds {@code step} times every trace to the weights. */
	void update(double step) {
		sum += step * scale;
	}

	/** Multiplies every trace by {@code factor}. */
	void decay(double factor) {
		scale *= factor;
		if (scale < MIN_SCALE) renormalise();
	}

	/** Adds {@code x} to the trace of feature {@code i}. */
	void add(int i, double x) {
		if (!isTouched[i]) {
			isTouched[i] = true;
			touched[touchedCount++] = i;
		}
		sync(i);
		scaled[i] += x / scale;
	}

	/** Writes every pending update into the weights and clears the traces, for the next trial. */
	void flushAndClear() {
		for (int k = 0; k < touchedCount; k++) {
			int i = touched[k];
			sync(i);
			scaled[i] = 0;
			mark[i] = 0;
			isTouched[i] = false;
		}
		touchedCount = 0;
		sum = 0;
		scale = 1;
	}

	private void sync(int i) {
		weights[offset + i] = weight(i);
		mark[i] = sum;
	}

	private void renormalise() {
		for (int k = 0; k < touchedCount; k++) {
			int i = touched[k];
			weights[offset + i] = weight(i);
			scaled[i] *= scale;
		}
		for (int k = 0; k < touchedCount; k++) mark[touched[k]] = 0;
		sum = 0;
		scale = 1;
	}
}
