package org.neurotd.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.junit.jupiter.api.Test;
import org.neurotd.random.Rng;

/** Photon counts are Poisson on both sides of the switch from inversion to rejection. */
class PhotonCountsTest {

	@Test
	void countsFollowThePoissonDistribution() {
		for (double mean : new double[] { 0.3, 4.7, PhotonCounts.INVERSION_BELOW - 0.01, PhotonCounts.INVERSION_BELOW, 55.5 }) {
			Rng rng = new Rng(11);
			int n = 200_000;
			int top = (int) (mean + 6 * Math.sqrt(mean) + 6);
			long[] observed = new long[top + 1];
			for (int i = 0; i < n; i++) observed[Math.min(top, PhotonCounts.draw(mean, rng))]++;
			PoissonDistribution d = new PoissonDistribution(null, mean, 1e-12, 10_000_000);
			double[] expected = new double[top + 1];
			for (int k = 0; k < top; k++) expected[k] = n * d.probability(k);
			expected[top] = n * (1 - d.cumulativeProbability(top - 1));
			Pooled cells = pool(expected, observed);
			double p = new ChiSquareTest().chiSquareTest(cells.expected(), cells.observed());
			assertTrue(p > 1e-3, "mean " + mean + ": chi-square p = " + p);
		}
	}

	@Test
	void theExponentialTableIsExactToTheDouble() {
		for (double x = 0; x < PhotonCounts.INVERSION_BELOW; x += 0.0137) {
			assertEquals(StrictMath.exp(-x), PhotonCounts.expMinus(x), 1e-13 * StrictMath.exp(-x), "x = " + x);
		}
	}

	/** Expected and observed counts, the sparse cells (expected < 5) pooled into their neighbours. */
	private record Pooled(double[] expected, long[] observed) {}

	private static Pooled pool(double[] expected, long[] observed) {
		java.util.List<double[]> cells = new java.util.ArrayList<>();
		double e = 0, o = 0;
		for (int k = 0; k < expected.length; k++) {
			e += expected[k];
			o += observed[k];
			if (e >= 5) {
				cells.add(new double[] { e, o });
				e = 0;
				o = 0;
			}
		}
		if (e > 0) {
			double[] last = cells.get(cells.size() - 1);
			last[0] += e;
			last[1] += o;
		}
		return new Pooled(cells.stream().mapToDouble(c -> c[0]).toArray(), cells.stream().mapToLong(c -> (long) c[1]).toArray());
	}
}
