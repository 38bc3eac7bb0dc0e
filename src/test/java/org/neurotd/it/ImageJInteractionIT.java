package org.neurotd.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin in plain ImageJ as a person uses it: dialogs, the Recorder, Esc, error messages. */
class ImageJInteractionIT {

	@TempDir
	Path out;

	@Test
	void recordedLinesReplayToTheSameRecordings() throws Exception {
		PlainImageJ.Run run = PlainImageJ.run("org.neurotd.it.drivers.RecordAndReplay", out.toString());
		assertEquals(0, run.exit(), run.output());
		List<String> lines = Files.readAllLines(out.resolve("recorded.ijm"));
		assertEquals(2, lines.size(), "one line per command: " + lines);
		assertTrue(lines.get(0).startsWith("run(\"Simulate Population\", \"neurons=30 trials=4 training=100 "),
			lines.get(0));
		assertTrue(lines.get(0).contains(" representation=microstimulus "), lines.get(0));
		assertTrue(lines.get(0).contains(" firing=gamma regularity=3 jitter=10 seed=7 "), lines.get(0));
		assertTrue(lines.get(0).contains(" overwrite=false"), "a cleared checkbox is recorded as key=false, since a key"
			+ " left out means the default: " + lines.get(0));
		assertTrue(lines.get(1).startsWith("run(\"Degrade Population (Parkinson's loss)\", \"recording=[Dopamine"
			+ " recording (seed 7)] loss=0.6 "), lines.get(1));
		assertTrue(lines.get(1).contains(" compensation "), "a ticked checkbox is recorded as its bare key");
		for (String file : List.of("healthy/raster.tif", "healthy/psth.csv", "healthy/td.csv",
			"degraded/degraded.tif")) {
			byte[] recorded = Files.readAllBytes(out.resolve("first").resolve(file));
			assertArrayEquals(recorded, Files.readAllBytes(out.resolve("replay").resolve(file)),
				"the replayed line writes the same " + file);
		}
	}

	@Test
	void escCancelsALongSweepThatShowsItsProgress() throws Exception {
		Path folder = out.resolve("sweep");
		PlainImageJ.Run run = PlainImageJ.run("org.neurotd.it.drivers.CancelSweep", "neurons=3000 seeds=50 output=["
			+ folder + "]");
		assertTrue(run.output().contains("status: Dopamine TD: "), "progress on ImageJ's status line:\n" + run.output());
		assertTrue(run.output().contains("Parkinson's Loss Sweep: Cancelled"), run.output());
		assertFalse(Files.exists(folder.resolve("flattening.csv")), "a cancelled sweep writes no results");
		// Only the finished cells are kept, in their hidden folder, so that resume=true can finish the sweep.
		try (Stream<Path> left = Files.exists(folder) ? Files.list(folder) : Stream.empty()) {
			assertEquals(List.of(), left.filter(p -> !p.getFileName().toString().equals(".sweep-cells")).toList(),
				"nor any partial file");
		}
	}

	@Test
	void badInputIsOneMessageNamingTheKeyAndWritesNothing() throws Exception {
		Path folder = out.resolve("bad");
		PlainImageJ.Run run = PlainImageJ.run("org.neurotd.it.drivers.RunCommands",
			"Simulate Population", "neurons=0 output=[" + folder + "]",
			"Simulate Population", "neuron=50 output=[" + folder + "]",
			"Simulate Population", "neurons=12.5 output=[" + folder + "]",
			"Simulate Population", "representation=grid output=[" + folder + "]",
			"Decode Value Function", "recording=[" + folder.resolve("missing.tif") + "]");
		String o = run.output();
		assertTrue(o.contains("neurons=0 is not allowed"), o);
		assertTrue(o.contains("neuron: is not a parameter of Simulate Population"), o);
		assertTrue(o.contains("neurons=12.5 is not allowed: an integer from 1 to "), o);
		assertTrue(o.contains("representation=grid is not allowed: one of [csc, microstimulus]"), o);
		assertTrue(o.contains("recording=" + folder.resolve("missing.tif") + " is not allowed"), o);
		assertFalse(Files.exists(folder.resolve("raster.tif")), "no output from bad input");
	}

	@Test
	void withSomeoneAtTheScreenBadInputIsADialogAndAMacroStops() throws Exception {
		Path folder = out.resolve("interactive");
		PlainImageJ.Run run = PlainImageJ.run("org.neurotd.it.drivers.InteractiveErrors", "neurons=0 output=[" + folder
			+ "]");
		String o = run.output();
		assertTrue(o.contains("menu dialog: Simulate Population"), o);
		assertTrue(o.contains("message: neurons=0 is not allowed: an integer from 1 to "), o);
		assertTrue(o.contains("macro dialog: ") && !o.contains("macro dialog: none"), o);
		assertTrue(o.contains("menu ended: true") && o.contains("macro ended: true"), o);
		assertFalse(o.contains("macro went on"), o);
		assertFalse(Files.exists(folder), "nothing written");
	}
}
