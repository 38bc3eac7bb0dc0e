package org.neurotd.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;

/** One seed gives one recording, bit for bit, whatever the thread count. */
class DeterminismTest {

	private static SpikeRaster raster(long seed, int threads) {
		return raster(seed, threads, SimulationParameters.defaults().neuron().firing());
	}

	private static SpikeRaster raster(long seed, int threads, FiringParameters firing) {
		SimulationParameters d = SimulationParameters.defaults();
		var p = new SimulationParameters(1500, 6, 100, true, d.task(), d.td(), d.representation(),
			d.neuron().withFiring(firing), seed);
		return Simulation.run(p, threads, Progress.NONE).recording().dopamine().raster();
	}

	@Test
	void sameSeedSameRasterWithOneAndSeveralThreads() {
		for (FiringParameters f : new FiringParameters[] { FiringParameters.poisson(), FiringParameters.defaults(),
			new FiringParameters(Firing.POISSON, 1, 30), new FiringParameters(Firing.GAMMA, 40, 0) })
		{
			SpikeRaster one = raster(42, 1, f);
			assertEquals(one, raster(42, 3, f), f.toString());
			assertEquals(one, raster(42, 8, f), f.toString());
		}
	}

	@Test
	void differentSeedDifferentRaster() {
		assertNotEquals(raster(42, 2), raster(43, 2));
	}

	@Test
	void firingRatesMatchTheModelOnAverage() {
		SpikeRaster r = raster(5, 2);
		// Before the CS (500 ms) the population fires at its tonic mean of 4.5 Hz.
		long spikes = 0;
		for (int k = 0; k < r.trials(); k++) {
			for (int s = r.trialFrom(k); s < r.trialTo(k); s++) {
				if (r.time(s) < 500) spikes++;
			}
		}
		double hz = spikes / (r.trials() * (double) r.neurons() * 0.5);
		assertEquals(4.5, hz, 0.2);
	}
}
