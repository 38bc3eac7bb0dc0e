package org.neurotd.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;

/** The same seed gives the same spikes at any thread count; memory is checked before generating. */
class ThreadDeterminismTest {

	private static SimulationParameters params(int neurons, long seed) {
		SimulationParameters d = SimulationParameters.defaults();
		return new SimulationParameters(neurons, 4, 50, true, d.task(), d.td(), d.representation(), d.neuron(), seed);
	}

	@Test
	void sameRasterAtOneTwoAndFiveThreads() {
		// 1300 neurons: three blocks of neurons per trial, so the threads really share the work.
		SimulationParameters p = params(1300, 7);
		SpikeRaster one = Simulation.run(p, 1, Progress.NONE).recording().dopamine().raster();
		assertTrue(one.spikeCount() > 10_000, "spikes: " + one.spikeCount());
		assertEquals(one, Simulation.run(p, 2, Progress.NONE).recording().dopamine().raster());
		assertEquals(one, Simulation.run(p, 5, Progress.NONE).recording().dopamine().raster());
		assertNotEquals(one, Simulation.run(params(1300, 8), 2, Progress.NONE).recording().dopamine().raster());
	}

	@Test
	void blocksOutgrowingTheirRegionGiveTheSameSpikes() {
		SimulationParameters p = params(1300, 3);
		Population pop = Simulation.population(p);
		ResponseCourse flat = ResponseCourse.of(new double[300], 10, p.neuron());
		List<ResponseCourse> courses = List.of(flat, flat, flat);
		org.neurotd.random.Rng rng = new org.neurotd.random.Rng(9);
		SpikeRaster reserved = SpikeGenerator.generate(pop, courses, rng, 2, Progress.NONE);
		// Regions too small for some blocks (about half at -1.6 SD) or for all (-1000 SD): those
		// keep their spikes apart, and the blocks after them are copied out at the end.
		for (double sigmas : new double[] { -1000, -2, -1.6, -1 }) {
			assertEquals(reserved, SpikeGenerator.generate(pop, courses, rng, 2, Progress.NONE, sigmas), "sigmas " + sigmas);
		}
		assertTrue(reserved.bytesPerSpike() < 5.0, "bytes per spike " + reserved.bytesPerSpike());
	}

	@Test
	void tooLargeForMemoryFailsNamingNeurons() {
		SimulationParameters p = params(1000, 1);
		Population pop = Simulation.population(p);
		ResponseCourse flat = ResponseCourse.of(new double[300], 10, p.neuron());
		List<ResponseCourse> courses = List.of(flat, flat);
		SpikeGenerator.requireMemory(pop, courses, 1L << 30); // 27,000 spikes fit in 1 GiB
		InvalidParameterException e = assertThrows(InvalidParameterException.class,
			() -> SpikeGenerator.requireMemory(pop, courses, 100_000));
		assertEquals("neurons", e.parameter());
		assertTrue(e.getMessage().contains("needs about"), e.getMessage());
	}
}
