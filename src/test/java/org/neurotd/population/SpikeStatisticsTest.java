package org.neurotd.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotd.random.Rng;

/**
 * One neuron's spikes, read from the generator, are a Poisson process with an absolute
 * refractory period d: after each spike the neuron is silent for d, then fires again at its
 * rate. Such a process fires at {@code rate / (1 + rate d)} and its long-window Fano factor is
 * {@code 1 / (1 + rate d)^2} (the dead-time-modified Poisson process). The rates here are high
 * and d long, so that the refractory period changes both numbers a lot; a refractory period that
 * restarted on every dropped event would give {@code rate exp(-rate d)} instead.
 */
class SpikeStatisticsTest {

	private static final double REFRACTORY_MS = 10;
	private static final int TRIALS = 4000;

	@Test
	void ratesAndCountVarianceMatchTheRefractoryPoissonProcess() {
		// 80 Hz for the first second, then a burst to 80 + 120 Hz for the second: latency 0,
		// an error of 1 at step 100 of 10 ms held for 1000 ms.
		NeuronParameters p = new NeuronParameters(80, 120, 0, 1, 0, 1000, REFRACTORY_MS, FiringParameters.poisson());
		double[] delta = new double[200];
		delta[100] = 1;
		ResponseCourse course = ResponseCourse.of(delta, 10, p);
		SpikeGenerator.Scratch scratch = new SpikeGenerator.Scratch(course);
		int[] spikes = new int[course.durationMs()];
		Rng rng = new Rng(2026);
		int[][] counts = new int[2][TRIALS];
		int shortestGap = Integer.MAX_VALUE;
		for (int k = 0; k < TRIALS; k++) {
			int n = SpikeGenerator.neuron(80, 120, course, PoissonFiring.INSTANCE, 0, rng.fork(k), REFRACTORY_MS, scratch, spikes, 0);
			for (int s = 0; s < n; s++) {
				// Windows start 200 ms after the rate changes: the process has forgotten its start.
				if (spikes[s] >= 200 && spikes[s] < 1000) counts[0][k]++;
				if (spikes[s] >= 1200) counts[1][k]++;
				if (s > 0) shortestGap = Math.min(shortestGap, spikes[s] - spikes[s - 1]);
			}
		}
		assertTrue(shortestGap >= REFRACTORY_MS, "shortest inter-spike interval " + shortestGap + " ms");
		expectRefractoryPoisson(counts[0], 0.080, 800);
		expectRefractoryPoisson(counts[1], 0.200, 800);
	}

	/** Mean within 1 % and Fano factor within 8 % (about 3.5 standard errors) of the theory. */
	private static void expectRefractoryPoisson(int[] counts, double ratePerMs, double windowMs) {
		double slowing = 1 + ratePerMs * REFRACTORY_MS;
		double mean = 0, square = 0;
		for (int c : counts) {
			mean += c;
			square += (double) c * c;
		}
		mean /= counts.length;
		double variance = square / counts.length - mean * mean;
		double expectedMean = ratePerMs / slowing * windowMs;
		assertEquals(expectedMean, mean, 0.01 * expectedMean, "mean count at " + ratePerMs * 1000 + " Hz");
		double expectedFano = 1 / (slowing * slowing);
		assertEquals(expectedFano, variance / mean, 0.08 * expectedFano, "Fano factor at " + ratePerMs * 1000 + " Hz");
	}
}
