package org.neurotd.ij1;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ij.ImagePlus;
import ij.Prefs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.population.NeuronParameters;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;

/**
 * A recording TIFF is little-endian whatever ImageJ's byte-order preference (plain ImageJ's saved
 * preferences turn it off, a bare JVM has it on), so every route writes the same bytes.
 */
class TiffByteOrderTest {

	@TempDir
	Path dir;

	@Test
	void theSameBytesWithEitherPreference() throws Exception {
		TaskParameters task = new TaskParameters(300, 50, 150, 10, 0.8, 1);
		SimulationParameters p = new SimulationParameters(6, 2, 10, true, task, TdParameters.defaults(),
			Representation.CSC, NeuronParameters.defaults(), 2);
		ImagePlus imp = RecordingImages.toImage(Simulation.run(p, 1, Progress.NONE).recording(), "r");
		boolean preference = Prefs.intelByteOrder;
		try {
			Prefs.intelByteOrder = false;
			RecordingImages.saveTiff(imp, dir.resolve("off.tif"));
			assertEquals(false, Prefs.intelByteOrder, "the user's preference is left as it was");
			Prefs.intelByteOrder = true;
			RecordingImages.saveTiff(imp, dir.resolve("on.tif"));
		}
		finally {
			Prefs.intelByteOrder = preference;
		}
		byte[] off = Files.readAllBytes(dir.resolve("off.tif"));
		assertEquals("II", new String(Arrays.copyOf(off, 2), java.nio.charset.StandardCharsets.US_ASCII));
		assertArrayEquals(Files.readAllBytes(dir.resolve("on.tif")), off);
	}
}
