package org.neurotd.td;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The lazily applied traces give the weights of the step-by-step TD(lambda) update. */
class EligibilityTracesTest {

	@Test
	void sameWeightsAsTheDirectUpdate() {
		int n = 6;
		double[] lazy = new double[n + 2];
		double[] direct = new double[n];
		double[] trace = new double[n];
		EligibilityTraces traces = new EligibilityTraces(lazy, 2, n);
		java.util.Random r = new java.util.Random(1);
		double decay = 0.93;
		for (int step = 0; step < 500; step++) {
			double teach = r.nextDouble() < 0.3 ? 0 : r.nextGaussian();
			traces.update(0.1 * teach);
			for (int i = 0; i < n; i++) direct[i] += 0.1 * teach * trace[i];
			traces.decay(decay);
			for (int i = 0; i < n; i++) trace[i] *= decay;
			int i = r.nextInt(n);
			double x = r.nextDouble();
			traces.add(i, x);
			trace[i] += x;
			for (int k = 0; k < n; k++) assertEquals(direct[k], traces.weight(k), 1e-9 * (1 + Math.abs(direct[k])));
		}
		traces.flushAndClear();
		for (int k = 0; k < n; k++) assertEquals(direct[k], lazy[2 + k], 1e-9 * (1 + Math.abs(direct[k])));
		assertEquals(0.0, lazy[0]);
		assertEquals(0.0, lazy[1]);
		// Cleared for the next trial: an update without new traces changes nothing.
		double[] before = lazy.clone();
		traces.update(1.0);
		traces.flushAndClear();
		assertArrayEquals(before, lazy);
	}
}
