package org.neurotd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line runs the same commands with the macro keys, and says clearly what is wrong. */
class CommandLineTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true,
			StandardCharsets.UTF_8));
	}

	private String stdout() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String stderr() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void demoWritesTheFlatteningStoryAndPrintsTheTable(@TempDir Path dir) throws Exception {
		assertEquals(0, run("demo", "output=" + dir), stderr());
		for (String f : List.of("flattening.csv", "flattening.png", "healthy.tif", "parkinson.tif", "psth.csv")) {
			assertTrue(Files.size(dir.resolve(f)) > 0, f);
		}
		List<String> table = Files.readAllLines(dir.resolve("flattening.csv"));
		assertEquals("loss,value_contrast,dprime,stay_fraction,seeds,value_contrast_sd,dprime_sd,stay_fraction_sd,relative_dprime", table.get(0));
		assertEquals(10, table.size(), "healthy + 8 loss levels");
		assertTrue(stdout().contains("value_contrast"), stdout());
	}

	@Test
	void simulateTallerThanAnImagePlaneWritesItsRasterInPages(@TempDir Path dir) throws Exception {
		// 30,000 neurons x 3000 ms is 9e7 pixels, more than one plane holds: two pages of 15,000 neurons.
		assertEquals(0, run("simulate", "neurons=30000", "trials=1", "training=10", "output=" + dir), stderr());
		ij.io.FileInfo[] tiff = new ij.io.Opener().getTiffFileInfo(dir.resolve("raster.tif").toString());
		assertEquals(3000, tiff[0].width);
		assertEquals(15000, tiff[0].height);
		assertEquals(2, tiff[0].nImages);
		assertTrue(Files.readAllLines(dir.resolve("psth.csv")).size() > 100);
	}

	@Test
	void helpListsCommandsAndParameters() {
		assertEquals(0, run("--help"));
		for (String c : List.of("demo", "simulate", "degrade", "decode", "sweep")) assertTrue(stdout().contains(c), c);
		out.reset();
		assertEquals(0, run("simulate", "--help"));
		assertTrue(stdout().contains("neurons") && stdout().contains("default 100"), stdout());
		assertTrue(stdout().contains("representation") && stdout().contains("one of [csc, microstimulus]"), stdout());
	}

	@Test
	void badInputExitsWithStatusTwoAndOneLineNamingTheParameter(@TempDir Path dir) {
		assertEquals(2, run("simulate", "neurons=abc", "output=" + dir.resolve("a")));
		assertTrue(stderr().startsWith("error: neurons=abc is not allowed"), stderr());
		assertFalse(stderr().contains("Exception"), "no stack trace: " + stderr());
		err.reset();
		assertEquals(2, run("simulate", "nerons=5", "output=" + dir.resolve("b")));
		assertTrue(stderr().contains("unknown parameter 'nerons'") && stderr().contains("neurons"), stderr());
		err.reset();
		assertEquals(2, run("degrade", "recording=" + dir.resolve("missing.tif"), "output=" + dir.resolve("c")));
		assertTrue(stderr().startsWith("error: recording="), stderr());
		err.reset();
		assertEquals(2, run("bogus"));
		assertTrue(stderr().contains("unknown command 'bogus'"), stderr());
		assertFalse(Files.exists(dir.resolve("a")) || Files.exists(dir.resolve("b")) || Files.exists(dir.resolve("c")));
	}

	@Test
	void degradeAndDecodeASavedRecording(@TempDir Path dir) throws Exception {
		assertEquals(0, run("degrade", "recording=sample-data/healthy.tif", "loss=0.5", "output=" + dir.resolve("pd")),
			stderr());
		assertEquals(0, run("decode", "recording=" + dir.resolve("pd/degraded.tif"), "episodes=50",
			"output=" + dir.resolve("dec")), stderr());
		assertEquals("loss,survivors,value_contrast,dprime,ramp_slope,stay_fraction",
			Files.readAllLines(dir.resolve("dec/metrics.csv")).get(0));
		assertTrue(Files.readAllLines(dir.resolve("dec/metrics.csv")).get(1).startsWith("0.5,25,"));
	}
}
