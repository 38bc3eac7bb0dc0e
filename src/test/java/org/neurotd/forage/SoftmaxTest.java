package org.neurotd.forage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotd.random.Rng;

/**
 * The forager's softmax against the analytic values: a value gap of 1 gives p = e / (1 + e) =
 * .731 at beta 1 and .993 at beta 5 (science notes, section 7), and the choices it draws occur
 * at those rates.
 */
class SoftmaxTest {

	@Test
	void aValueGapOfOneGivesTheAnalyticProbabilities() {
		double[] p = new double[2];
		assertEquals(1 / (1 + Math.exp(-1)), Softmax.probabilities(new double[] { 1, 0 }, 1, p)[0], 1e-12);
		assertEquals(0.731, p[0], 5e-4);
		assertEquals(1 / (1 + Math.exp(-5)), Softmax.probabilities(new double[] { 1, 0 }, 5, p)[0], 1e-12);
		assertEquals(0.993, p[0], 5e-4);
		assertEquals(0.5, Softmax.probabilities(new double[] { 3, 3 }, 5, p)[0], 1e-12);
	}

	@Test
	void fourArmsAtBanditScaleMatchTheAnalyticValuesWithoutOverflow() {
		double[] values = { 60, 50, 40, 55 };
		double[] p = Softmax.probabilities(values, 0.112, new double[4]);
		double z = 0;
		for (double v : values) z += Math.exp(0.112 * v);
		for (int a = 0; a < 4; a++) assertEquals(Math.exp(0.112 * values[a]) / z, p[a], 1e-12);
		double[] steep = Softmax.probabilities(new double[] { 5000, 4999, 0, 0 }, 100, new double[4]);
		assertEquals(1, steep[0] + steep[1], 1e-12);
		assertTrue(steep[0] > 0.999, "a gap of 1 at beta 100");
	}

	@Test
	void drawnChoicesOccurAtTheAnalyticRates() {
		double[] values = { 1, 0, 0.5, -1 };
		double beta = 1.5;
		double[] p = Softmax.probabilities(values, beta, new double[4]);
		int n = 200_000;
		int[] counts = new int[4];
		Rng rng = new Rng(7);
		for (int i = 0; i < n; i++) counts[Softmax.pick(p, rng.nextDouble())]++;
		double z = 0;
		for (double v : values) z += Math.exp(beta * v);
		for (int a = 0; a < 4; a++) {
			double analytic = Math.exp(beta * values[a]) / z;
			double se = Math.sqrt(analytic * (1 - analytic) / n);
			assertEquals(analytic, counts[a] / (double) n, 4 * se, "arm " + a);
		}
	}
}
