package org.neurotd.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.ImagePlus;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.parkinson.Degradation;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.parkinson.LossOrder;
import org.neurotd.progress.Progress;

/** A recording saved as TIFF and reopened is the same recording: spikes, parameters, seed, lesion. */
class RecordingImageRoundTripTest {

	@Test
	void healthyAndDegradedRecordingsSurviveATiff(@TempDir Path dir) throws Exception {
		SimulationParameters d = SimulationParameters.defaults();
		var p = new SimulationParameters(40, 4, 50, true, d.task(), d.td(), d.representation(), d.neuron(), 11);
		Recording healthy = Simulation.run(p, 2, Progress.NONE).recording();
		Recording degraded = Degradation.apply(healthy, new DegradationParameters(0.6, 0.1, true, 4, LossOrder.RANDOM, 3));
		for (Recording r : new Recording[] { healthy, degraded }) {
			ImagePlus imp = RecordingImages.toImage(r, "r");
			assertEquals("ms", imp.getCalibration().getXUnit());
			Path file = dir.resolve(r.lesioned() ? "degraded.tif" : "healthy.tif");
			RecordingImages.saveTiff(imp, file);
			Recording back = RecordingImages.open(file);
			assertEquals(r.dopamine().raster(), back.dopamine().raster());
			assertEquals(r.simulation(), back.simulation());
			assertEquals(r.events(), back.events());
			assertEquals(RecordingMetadata.write(r), RecordingMetadata.write(back));
			assertArrayEquals(r.dopamine().neuronIndices(), back.dopamine().neuronIndices());
		}
	}
}
