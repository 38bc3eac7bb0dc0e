package org.neurotd.calcium;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotd.random.Rng;

/**
 * OASIS on synthetic AR(1) traces: dopamine-like Poisson spikes (4.5 Hz) at 30 Hz through a
 * jGCaMP8f-like decay (half-decay 67 ms, so tau 97 ms) of 0.4 dF/F per spike, plus Gaussian noise.
 */
class OasisTest {

	private static final double FRAME_MS = 1000.0 / 30, TAU_MS = 67 / Math.log(2), AMPLITUDE = 0.4, RATE_HZ = 4.5;
	private static final double[] NOISE = { 0.05, 0.1, 0.2, 0.4 };

	@Test
	void inferredSpikesCorrelateWithTheTruthLessAsNoiseRises() {
		double g = TraceAnalysis.decayPerFrame(TAU_MS, FRAME_MS);
		double[] r = new double[NOISE.length];
		int seeds = 3;
		for (int n = 0; n < NOISE.length; n++) {
			for (long seed = 1; seed <= seeds; seed++) r[n] += correlation(g, NOISE[n], seed) / seeds;
		}
		// stated levels: SNR (one spike's dF/F over the noise SD) 8 -> above 0.95, 4 -> above 0.9
		assertTrue(r[0] > 0.95, "SNR 8: " + r[0]);
		assertTrue(r[1] > 0.9, "SNR 4: " + r[1]);
		for (int n = 1; n < r.length; n++) assertTrue(r[n] < r[n - 1] - 0.02, "falls with noise: " + java.util.Arrays.toString(r));
		assertTrue(r[3] < 0.7, "SNR 1: " + r[3]);
	}

	/** Correlation in 40 ms bins of inferred and true spikes over 100 s at noise SD {@code sd}. */
	private static double correlation(double g, double sd, long seed) {
		Rng rng = new Rng(seed);
		int frames = 3000;
		double[] spikes = new double[frames], trace = new double[frames];
		double c = 0;
		for (int t = 0; t < frames; t++) {
			spikes[t] = rng.nextPoisson(RATE_HZ * FRAME_MS / 1000);
			c = g * c + AMPLITUDE * spikes[t];
			trace[t] = c + sd * rng.nextGaussian();
		}
		double[] inferred = Oasis.deconvolve(trace, g, TraceAnalysis.noiseSd(trace, g), 0).spikes();
		return SpikeAccuracy.correlation(SpikeAccuracy.binFrames(inferred, FRAME_MS), SpikeAccuracy.binFrames(spikes, FRAME_MS));
	}

	@Test
	void noiselessSpikesAreRecoveredExactly() {
		double g = 0.8;
		double[] spikes = new double[60];
		spikes[5] = 1;
		spikes[6] = 0.5;
		spikes[30] = 2;
		double[] trace = new double[spikes.length];
		double c = 0;
		for (int t = 0; t < trace.length; t++) trace[t] = c = g * c + spikes[t];
		Oasis.Deconvolution d = Oasis.deconvolve(trace, g, 0, 0);
		assertArrayEquals(spikes, d.spikes(), 1e-9);
		assertArrayEquals(trace, d.calcium(), 1e-9);
	}

	@Test
	void theSparsityPenaltyAndTheSmallestSpikeDropSmallJumps() {
		double g = 0.8;
		double[] trace = new double[40];
		double c = 0;
		for (int t = 0; t < trace.length; t++) trace[t] = c = g * c + (t == 10 ? 1 : t == 25 ? 0.05 : 0);
		assertEquals(0, Oasis.deconvolve(trace, g, 0, 0.2).spikes()[25], 1e-12, "below the smallest spike");
		assertEquals(0, Oasis.deconvolve(trace, g, 0.3, 0).spikes()[25], 1e-12, "under the penalty");
		assertTrue(Oasis.deconvolve(trace, g, 0.3, 0).spikes()[10] > 0.5, "the large spike stays");
	}

	@Test
	void maximinBaselineIsTheFloorUnderSparseTransients() {
		double[] trace = new double[600];
		for (int t = 0; t < trace.length; t++) trace[t] = 100 + (t % 100 < 10 ? 50 : 0);
		double[] f0 = Baseline.MAXIMIN.of(trace, 301, 0, 8);
		for (double v : f0) assertEquals(100, v, 1e-9);
		double[] p = Baseline.PERCENTILE.of(trace, 301, 0, 8);
		for (double v : p) assertEquals(100, v, 1e-9);
	}
}
