package org.neurotd.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.ImagePlus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.parkinson.Degradation;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.parkinson.LossOrder;
import org.neurotd.population.FiringParameters;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.Population;
import org.neurotd.population.ResponseCourse;
import org.neurotd.population.SpikeGenerator;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;

/**
 * A format-2 recording with two populations of different sizes, one of them lesioned, survives
 * a TIFF bit for bit: the same spikes, parameters and events come back, the reopened recording
 * saves to the same bytes, and the image shows each population as a channel.
 */
class TwoPopulationTiffTest {

	@Test
	void twoPopulationsRoundTripThroughATiff(@TempDir Path dir) throws Exception {
		SimulationParameters d = SimulationParameters.defaults();
		var p = new SimulationParameters(30, 5, 50, true, d.task(), d.td(), d.representation(), d.neuron(), 7);
		Recording dopamine = Simulation.run(p, 2, Progress.NONE).recording();
		Recording lesioned = Degradation.apply(dopamine, new DegradationParameters(0.5, 0.2, true, 4, LossOrder.VENTRAL_FIRST, 9));
		Recording both = withSecondPopulation(lesioned, 12);

		ImagePlus imp = RecordingImages.toImage(both, "two");
		assertEquals(2, imp.getNChannels());
		assertEquals(5, imp.getNSlices());
		assertEquals(15, imp.getHeight(), "the taller population sets the height: 15 dopamine survivors");
		assertEquals("second, trial 1 (" + (both.events().rewarded(0) ? "rewarded" : "omitted") + ")",
			imp.getStack().getSliceLabel(2));
		Path first = dir.resolve("first.tif");
		RecordingImages.saveTiff(imp, first);
		Recording back = RecordingImages.open(first);

		assertEquals(both.simulation(), back.simulation());
		assertEquals(both.events(), back.events());
		assertEquals(2, back.populations().size());
		for (int i = 0; i < 2; i++) {
			RecordedPopulation a = both.populations().get(i), b = back.populations().get(i);
			assertEquals(a.name(), b.name());
			assertEquals(a.neuron(), b.neuron());
			assertEquals(a.raster(), b.raster());
			assertArrayEquals(a.neuronIndices(), b.neuronIndices());
			assertEquals(a.lesion().isPresent(), b.lesion().isPresent());
		}
		assertEquals(RecordingMetadata.write(both), RecordingMetadata.write(back));

		Path second = dir.resolve("second.tif");
		RecordingImages.saveTiff(RecordingImages.toImage(back, "two"), second);
		assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
	}

	/** {@code recording} plus a slower population, firing at its own tonic rate with the trials' events. */
	private static Recording withSecondPopulation(Recording recording, int neurons) {
		NeuronParameters slow = new NeuronParameters(1.5, 5, 0.2, 0.5, 100, 300, 3, FiringParameters.poisson());
		int steps = recording.simulation().task().steps();
		List<ResponseCourse> courses = new ArrayList<>();
		for (int k = 0; k < recording.events().size(); k++) {
			double[] delta = new double[steps];
			delta[recording.events().get(k).cueMs() / recording.simulation().task().stepMs()] = 0.5;
			courses.add(ResponseCourse.of(delta, recording.simulation().task().stepMs(), slow));
		}
		Rng rng = new Rng(99);
		var raster = SpikeGenerator.generate(Population.create(slow, neurons, rng.fork(1)), courses, rng.fork(2), 1,
			Progress.NONE);
		List<RecordedPopulation> populations = new ArrayList<>(recording.populations());
		populations.add(new RecordedPopulation("second", slow, Optional.empty(), raster));
		return new Recording(recording.simulation(), recording.events(), populations);
	}
}
