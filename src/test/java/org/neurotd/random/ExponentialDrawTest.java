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
	void wedgeSqueezeAgreesWithTheDensity() {
		// Points spread over every layer's wedge, many of them close to the density itself.
		Rng rng = new Rng(7);
		for (int k = 0; k < 2_000_000; k++) {
			int layer = 1 + rng.nextInt(255);
			double inner = layer == 1 ? 0 : ExponentialZiggurat.WIDTH[layer - 1] * 0x1.0p53;
			double x = inner + rng.nextDouble() * (ExponentialZiggurat.WIDTH[layer] * 0x1.0p53 - inner);
			double density = StrictMath.exp(-x);
			double y = k % 2 == 0 ? density * (1 + (rng.nextDouble() - 0.5) * 1e-6)
				: ExponentialZiggurat.DENSITY[layer] + rng.nextDouble()
					* (ExponentialZiggurat.DENSITY[layer - 1] - ExponentialZiggurat.DENSITY[layer]);
			if (Math.abs(y / density - 1) < 1e-12) continue; // rounding decides there, either way is exact enough
			assertEquals(y < density, ExponentialZiggurat.underDensity(layer, x, y), "layer " + layer + " x " + x + " y " + y);
		}
	}

	@Test
	void sameDrawsForTheSameSeed() {
		Rng a = new Rng(3).fork(5, 9), b = new Rng(3).fork(5, 9);
		for (int i = 0; i < 1000; i++) assertEquals(a.nextExponential(), b.nextExponential());
		assertEquals(new Rng(3).fork(new long[] { 5, 9 }).nextLong(), new Rng(3).fork(5, 9).nextLong());
	}
}
