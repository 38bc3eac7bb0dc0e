package org.neurotd.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The ziggurat exponential has the unit exponential's distribution, tail included. */
class ExponentialDrawTest {

	@Test
	void matchesTheUnitExponential() {
		Rng rng = new Rng(42);
		int n = 1_000_000;
		double[] x = new double[n];
		double sum = 0, sq = 0;
		long beyondR = 0;
		for (int i = 0; i < n; i++) {
			x[i] = rng.nextExponential();
			sum += x[i];
			sq += x[i] * x[i];
			if (x[i] > ExponentialZiggurat.R) beyondR++;
		}
		double mean = sum / n;
		assertEquals(1.0, mean, 5 / Math.sqrt(n), "mean");
		assertEquals(1.0, sq / n - mean * mean, 5 * Math.sqrt(8.0 / n), "variance");
		// Kolmogorov-Smirnov against 1 - exp(-x): the 0.1 % critical value is 1.95 / sqrt(n).
		Arrays.sort(x);
		double d = 0;
		for (int i = 0; i < n; i++) {
			double f = 1 - Math.exp(-x[i]);
			d = Math.max(d, Math.max(f - (double) i / n, (i + 1.0) / n - f));
		}
		assertTrue(d < 1.95 / Math.sqrt(n), "KS distance " + d);
		// The tail beyond the base strip (p = exp(-R), about 4.5e-4) is drawn too.
		double p = Math.exp(-ExponentialZiggurat.R);
		assertEquals(p * n, beyondR, 5 * Math.sqrt(p * n), "draws beyond R");
	}

	@Test
	void sameDrawsForTheSameSeed() {
		Rng a = new Rng(3).fork(5, 9), b = new Rng(3).fork(5, 9);
		for (int i = 0; i < 1000; i++) assertEquals(a.nextExponential(), b.nextExponential());
		assertEquals(new Rng(3).fork(new long[] { 5, 9 }).nextLong(), new Rng(3).fork(5, 9).nextLong());
	}
}
