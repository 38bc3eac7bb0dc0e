package org.neurotd.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

/** Draws from the quantile tables follow their distributions, tails included. */
class QuantileTableTest {

	private static final int DRAWS = 400_000;

	private static double[] draws(QuantileTable t, long seed) {
		Rng rng = new Rng(seed);
		double[] x = new double[DRAWS];
		for (int i = 0; i < DRAWS; i++) x[i] = t.draw(rng);
		return x;
	}

	@Test
	void gammaDrawsHaveMeanOneAndCvOneOverRootShape() {
		for (double shape : new double[] { 1, 3, 3.7, 20, 100 }) {
			double[] x = draws(QuantileTable.gamma(shape), 11);
			double mean = org.apache.commons.math3.stat.StatUtils.mean(x);
			double cv = new StandardDeviation().evaluate(x) / mean;
			assertEquals(1, mean, 0.005, "mean at shape " + shape);
			assertEquals(1 / Math.sqrt(shape), cv, 0.01 / Math.sqrt(shape), "CV at shape " + shape);
			RealDistribution exact = new GammaDistribution(null, shape, 1 / shape);
			assertTrue(new KolmogorovSmirnovTest(null).kolmogorovSmirnovTest(exact, x) > 1e-3, "KS at shape " + shape);
			expectTail(x, exact);
		}
	}

	@Test
	void normalDrawsAreStandardNormalIntoBothTails() {
		double[] x = draws(QuantileTable.normal(), 12);
		assertEquals(0, org.apache.commons.math3.stat.StatUtils.mean(x), 0.005);
		assertEquals(1, new StandardDeviation().evaluate(x), 0.005);
		RealDistribution exact = new NormalDistribution(null, 0, 1);
		assertTrue(new KolmogorovSmirnovTest(null).kolmogorovSmirnovTest(exact, x) > 1e-3);
		expectTail(x, exact);
		for (int i = 0; i < x.length; i++) x[i] = -x[i];
		expectTail(x, exact);
	}

	/** The outer cell, drawn by rejection, holds its share, and beyond it the share further out. */
	private static void expectTail(double[] x, RealDistribution d) {
		for (double p : new double[] { 1.0 / QuantileTable.CELLS, 0.25 / QuantileTable.CELLS }) {
			double edge = d.inverseCumulativeProbability(1 - p);
			long beyond = java.util.Arrays.stream(x).filter(v -> v > edge).count();
			double expected = p * x.length;
			assertEquals(expected, beyond, 4 * Math.sqrt(expected), "draws beyond the " + (1 - p) + " quantile");
		}
	}
}
