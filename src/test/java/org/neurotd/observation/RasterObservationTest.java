package org.neurotd.observation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import org.junit.jupiter.api.Test;
import org.neurotd.population.SpikeRaster;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;

/** The raster image holds, at every pixel, the spikes of that neuron, trial and ms; cells are made only when read. */
class RasterObservationTest {

	@Test
	void everyPixelIsTheSpikeCountOfItsBin() {
		SimulationParameters d = SimulationParameters.defaults();
		var p = new SimulationParameters(700, 3, 20, true, d.task(), d.td(), d.representation(), d.neuron(), 3);
		SpikeRaster r = Simulation.run(p, 1, Progress.NONE).recording().dopamine().raster();
		RandomAccessibleInterval<UnsignedByteType> image = RasterObservation.image(r);
		assertEquals(r.durationMs(), image.dimension(0));
		assertEquals(700, image.dimension(1));
		assertEquals(3, image.dimension(2));
		RandomAccess<UnsignedByteType> a = image.randomAccess();
		long total = 0;
		for (int k = 0; k < r.trials(); k++) {
			for (int i = 0; i < r.neurons(); i++) {
				int[] expected = new int[r.durationMs()];
				for (int s = r.from(k, i); s < r.to(k, i); s++) expected[r.time(s)]++;
				for (int t = 0; t < r.durationMs(); t++) {
					a.setPosition(new long[] { t, i, k });
					assertEquals(expected[t], a.get().get(), "trial " + k + ", neuron " + i + ", " + t + " ms");
					total += a.get().get();
				}
			}
		}
		assertEquals(r.spikeCount(), total);
	}

	@Test
	void aMillionNeuronImageIsReadWithoutBeingBuilt() {
		// 10^6 neurons x 3000 ms = 3 x 10^9 pixels; one spike, in the last neuron. Reading it
		// computes one cell (a few hundred rows), not the image.
		int neurons = 1_000_000;
		int[] offsets = new int[neurons + 1];
		offsets[neurons] = 1;
		SpikeRaster r = new SpikeRaster(neurons, 1, 3000, offsets, new int[] { 1234 });
		RandomAccess<UnsignedByteType> a = RasterObservation.image(r).randomAccess();
		a.setPosition(new long[] { 1234, neurons - 1, 0 });
		assertEquals(1, a.get().get());
		a.setPosition(new long[] { 1233, neurons - 1, 0 });
		assertEquals(0, a.get().get());
	}
}
