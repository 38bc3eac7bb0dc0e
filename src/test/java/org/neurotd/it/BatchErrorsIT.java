package org.neurotd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input in a batch macro, in plain ImageJ 1.54 under Xvfb: the run ends at once with one
 * line naming the key and what is allowed, the macro stops there, nothing is written and no
 * dialog waits for a click (PlainImageJ fails a run that does not end).
 */
class BatchErrorsIT {

	@TempDir
	Path out;

	private PlainImageJ.Run batch(String... lines) throws Exception {
		Path macro = out.resolve("bad.ijm");
		Files.writeString(macro, String.join("\n", lines) + "\nprint(\"macro went on\");\n");
		return PlainImageJ.run("ij.ImageJ", "-batch", macro.toString());
	}

	private void assertStoppedWith(PlainImageJ.Run run, String line) {
		assertTrue(run.output().contains(line), run.output());
		assertEquals(1, run.output().lines().filter(l -> l.contains(line)).count(), "one line:\n" + run.output());
		assertFalse(run.output().contains("macro went on"), "the macro stops:\n" + run.output());
		assertFalse(Files.exists(out.resolve("written")), "nothing written");
	}

	@Test
	void aMisspeltKey() throws Exception {
		assertStoppedWith(batch("run(\"Simulate Population\", \"nuerons=50 trials=2 output=[" + out.resolve("written")
			+ "]\");"), "Simulate Population: nuerons: is not a parameter of Simulate Population; its parameters: neurons,");
	}

	@Test
	void aNonNumberInBatchMode() throws Exception {
		assertStoppedWith(batch("setBatchMode(true);", "run(\"Simulate Population\", \"neurons=abc output=["
			+ out.resolve("written") + "]\");"), "Simulate Population: neurons=abc is not allowed: an integer from 1 to ");
	}

	@Test
	void aMissingRecording() throws Exception {
		Path missing = out.resolve("missing.tif");
		assertStoppedWith(batch("setBatchMode(true);", "run(\"Decode Value Function\", \"recording=[" + missing
			+ "] output=[" + out.resolve("written") + "]\");"), "Decode Value Function: recording=" + missing
				+ " is not allowed: the title of an open recording or the path of a recording TIFF");
	}
}
