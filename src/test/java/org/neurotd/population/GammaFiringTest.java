package org.neurotd.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.neurotd.random.Rng;

/**
 * Spike statistics of the gamma renewal model, read from generated spikes: the rate follows the
 * model's, inter-spike intervals have a CV of {@code 1 / sqrt(shape)}, no interval is shorter
 * than the refractory period, trials start in the middle of ongoing firing, and the latency
 * jitter has the SD asked for.
 */
class GammaFiringTest {

	private static final double REFRACTORY_MS = 2;

	/** A flat course: constant rate for {@code seconds}. */
	private static ResponseCourse flat(int seconds, NeuronParameters p) {
		return ResponseCourse.of(new double[seconds * 100], 10, p);
	}

	private static NeuronParameters neuron(Firing firing, double shape, double jitterMs, double refractoryMs) {
		return new NeuronParameters(5, 20, 0, 1, 70, 150, refractoryMs, new FiringParameters(firing, shape, jitterMs));
	}

	/** Spikes of one neuron over {@code trials} trials of {@code course}; ISIs and counts go to the summaries. */
	private static int[][] spikes(NeuronParameters p, double baselineHz, double gainHz, ResponseCourse course, int trials,
		long seed)
	{
		int[][] out = new int[trials][];
		SpikeGenerator.Scratch scratch = new SpikeGenerator.Scratch(course);
		int[] buffer = new int[course.durationMs()];
		FiringModel model = p.firing().model();
		Rng rng = new Rng(seed);
		for (int k = 0; k < trials; k++) {
			Rng stream = rng.fork(k);
			double shift = p.firing().jitterMs() > 0 ? SpikeGenerator.latencyShift(p.firing().jitterMs(), p.latencyMs(), stream)
				: 0;
			int n = SpikeGenerator.neuron(baselineHz, gainHz, course, model, shift, stream, p.refractoryMs(), scratch, buffer, 0);
			out[k] = java.util.Arrays.copyOf(buffer, n);
		}
		return out;
	}

	@Test
	void rateAndIntervalCvMatchTheGammaShape() {
		for (double shape : new double[] { 1, 2, 3, 4, 20 }) {
			for (double hz : new double[] { 2, 5, 20 }) {
				NeuronParameters p = neuron(Firing.GAMMA, shape, 0, REFRACTORY_MS);
				int[][] trials = spikes(p, hz, 0, flat(100, p), 20, 7);
				SummaryStatistics isi = new SummaryStatistics();
				long count = 0;
				for (int[] t : trials) {
					count += t.length;
					for (int s = 1; s < t.length; s++) isi.addValue(t[s] - t[s - 1]);
				}
				double rate = count / (20 * 100.0);
				// Poisson with a dead time d fires at rate / (1 + rate d); gamma hardly ever within d.
				double expectedRate = shape == 1 ? hz / (1 + hz * REFRACTORY_MS / 1000) : hz;
				assertEquals(expectedRate, rate, 4 * Math.sqrt(hz / shape / 2000) + 0.01 * hz, "rate at shape " + shape + ", " + hz + " Hz");
				double cv = isi.getStandardDeviation() / isi.getMean();
				// Poisson with a dead time d: intervals d + exponential, CV 1 / (1 + rate d).
				double expected = shape == 1 ? 1 / (1 + hz * REFRACTORY_MS / 1000) : 1 / Math.sqrt(shape);
				assertEquals(expected, cv, 0.03 * expected, "ISI CV at shape " + shape + ", " + hz + " Hz");
			}
		}
	}

	@Test
	void noIntervalIsShorterThanTheRefractoryPeriod() {
		// 200 Hz with a 5 ms dead time: with shape 1 a fifth of the events fall inside it.
		for (double shape : new double[] { 1, 3 }) {
			NeuronParameters p = neuron(Firing.GAMMA, shape, 0, 5);
			int shortest = Integer.MAX_VALUE;
			int atEdge = 0;
			for (int[] t : spikes(p, 200, 0, flat(10, p), 20, 8)) {
				for (int s = 1; s < t.length; s++) {
					shortest = Math.min(shortest, t[s] - t[s - 1]);
					if (t[s] - t[s - 1] <= 6) atEdge++;
				}
			}
			assertEquals(5, shortest, "shortest interval at shape " + shape);
			assertTrue(atEdge > 100, "intervals just past the dead time at shape " + shape + ": " + atEdge);
		}
	}

	@Test
	void trialsStartInTheMiddleOfOngoingFiring() {
		// Had each trial started with a spike at 0, a regular neuron would be silent just after it.
		NeuronParameters p = neuron(Firing.GAMMA, 10, 0, REFRACTORY_MS);
		int trials = 20_000;
		long early = 0, late = 0;
		for (int[] t : spikes(p, 5, 0, flat(1, p), trials, 9)) {
			for (int s : t) {
				if (s < 100) early++;
				else if (s >= 500 && s < 600) late++;
			}
		}
		double expected = 5 * 0.1 * trials;
		assertEquals(expected, early, 5 * Math.sqrt(expected), "spikes in the first 100 ms");
		assertEquals(expected, late, 5 * Math.sqrt(expected), "spikes from 500 to 600 ms");
	}

	@Test
	void latencyJitterHasTheAskedSd() {
		// Hardly any tonic firing, and an error at 500 ms that drives 2000 Hz: the first spike after
		// the event comes within a ms of the neuron's own latency.
		for (double jitter : new double[] { 0, 20 }) {
			NeuronParameters p = neuron(Firing.GAMMA, 3, jitter, REFRACTORY_MS);
			double[] delta = new double[100];
			delta[50] = 1;
			ResponseCourse course = ResponseCourse.of(delta, 10, p);
			SummaryStatistics latency = new SummaryStatistics();
			for (int[] t : spikes(p, 0.001, 2000, course, 4000, 10)) {
				for (int s : t) {
					if (s >= 400) {
						latency.addValue(s - 500);
						break;
					}
				}
			}
			assertEquals(70, latency.getMean(), 1.5, "mean latency at jitter " + jitter);
			assertEquals(jitter, latency.getStandardDeviation(), 0.05 * jitter + 1, "latency SD at jitter " + jitter);
		}
	}
}
