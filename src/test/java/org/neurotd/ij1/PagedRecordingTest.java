package org.neurotd.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Recording;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;

/**
 * A recording with more neurons than one plane holds is shown and saved as pages of neurons
 * (z = page, t = trial), rendered from the spikes a plane at a time, and reads back to the same
 * spikes. Planes are made small here so that a small recording needs pages.
 */
class PagedRecordingTest {

	@Test
	void pagesOfNeuronsRoundTripThroughATiff(@TempDir Path dir) throws Exception {
		SimulationParameters d = SimulationParameters.defaults();
		var p = new SimulationParameters(30, 3, 20, true, d.task(), d.td(), d.representation(), d.neuron(), 5);
		Recording recording = Simulation.run(p, 1, Progress.NONE).recording();
		ImagePlus imp = RecordingImages.toImage(recording, "paged", 8 * d.task().durationMs());
		assertTrue(imp.getStack().isVirtual());
		assertEquals(8, imp.getHeight());
		assertEquals(4, imp.getNSlices(), "30 neurons on pages of at most 8: four pages of 8");
		assertEquals(3, imp.getNFrames());
		assertTrue(imp.getStack().getSliceLabel(4).startsWith("neurons 24-29, trial 1"), imp.getStack().getSliceLabel(4));
		Path file = dir.resolve("paged.tif");
		RecordingImages.saveTiff(imp, file);
		Recording back = RecordingImages.open(file);
		assertEquals(recording.dopamine().raster(), back.dopamine().raster());
		assertEquals(RecordingMetadata.write(recording), RecordingMetadata.write(back));
	}
}
