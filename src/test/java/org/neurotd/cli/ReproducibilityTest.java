package org.neurotd.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.Version;

/**
 * Same seed, same bytes (across runs and thread counts); every output folder says how it was
 * made; existing outputs are kept unless overwrite=true; reproduce re-runs a saved result and
 * tells identical from different.
 */
class ReproducibilityTest {

	@TempDir
	static Path dir;

	static final String[] SMALL = { "neurons=12", "trials=3", "training=40", "duration=1000", "cs_time=200",
		"reward_time=600", "seed=7" };

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	static BadInputCliTest.Run run(String command, Path output, String... args) {
		String[] all = Stream.concat(Stream.of(command), Stream.concat(Stream.of(args),
			output == null ? Stream.empty() : Stream.of("output=" + output))).toArray(String[]::new);
		return BadInputCliTest.run(all);
	}

	@Test
	void theSameSeedGivesTheSameBytesAtAnyThreadCount() throws IOException {
		Path one = dir.resolve("threads-1"), two = dir.resolve("threads-2");
		assertEquals(0, run("simulate", one, concat(SMALL, "threads=1")).status());
		assertEquals(0, run("simulate", two, concat(SMALL, "threads=2")).status());
		assertSameFiles(one, two, "raster.tif", "psth.csv", "td.csv", "psth.png", "run.properties");
		Path sweepA = dir.resolve("sweep-a"), sweepB = dir.resolve("sweep-b");
		String[] sweep = concat(SMALL, "losses=0,0.5", "seeds=2", "episodes=30");
		assertEquals(0, run("sweep", sweepA, concat(sweep, "threads=1")).status());
		assertEquals(0, run("sweep", sweepB, concat(sweep, "threads=2")).status());
		assertSameFiles(sweepA, sweepB, "flattening.csv", "sweep.csv", "flattening.png", "run.properties");
	}

	@Test
	void everyOutputFolderRecordsTheVersionEveryParameterAndTheSeed() throws IOException {
		Path out = dir.resolve("provenance");
		assertEquals(0, run("sweep", out, concat(SMALL, "losses=0,0.9", "episodes=20")).status());
		List<String> lines = Files.readAllLines(out.resolve("run.properties"));
		assertTrue(lines.contains("tool_version = " + Version.get()), lines.toString());
		assertTrue(lines.contains("parameter.seed = 7") && lines.contains("parameter.losses = 0,0.9")
			&& lines.contains("parameter.neurons = 12") && lines.contains("parameter.temperature = 0.1"), lines.toString());
		assertTrue(lines.contains("outputs = flattening.csv,sweep.csv,flattening.png"), lines.toString());
		// the specified CSV columns stay exactly as they are: provenance lives beside them
		assertEquals("loss,value_contrast,dprime,stay_fraction,seeds,value_contrast_sd,dprime_sd,stay_fraction_sd,relative_dprime",
			Files.readAllLines(out.resolve("flattening.csv")).get(0));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(List.of("flattening.csv", "flattening.png", "run.properties", "sweep.csv"),
				files.map(p -> p.getFileName().toString()).sorted().toList(), "no hidden leftovers");
		}
	}

	@Test
	void existingOutputsAreKeptUnlessOverwriteIsTrue() throws IOException {
		Path out = dir.resolve("keep");
		assertEquals(0, run("simulate", out, SMALL).status());
		byte[] before = Files.readAllBytes(out.resolve("psth.csv"));
		var refused = run("simulate", out, concat(SMALL, "seed=8"));
		assertEquals(2, refused.status());
		assertTrue(refused.err().startsWith("error: output: ") && refused.err().contains("raster.tif, psth.csv")
			&& refused.err().contains("overwrite=true"), refused.err());
		assertArrayEquals(before, Files.readAllBytes(out.resolve("psth.csv")));
		assertEquals(0, run("simulate", out, concat(SMALL, "seed=8", "overwrite=true")).status());
		assertTrue(Files.readAllLines(out.resolve("run.properties")).contains("parameter.seed = 8"));
	}

	@Test
	void reproduceTellsIdenticalFromDifferent() throws IOException {
		Path sim = dir.resolve("rep-sim"), deg = dir.resolve("rep-deg"), dec = dir.resolve("rep-dec");
		assertEquals(0, run("simulate", sim, SMALL).status());
		assertEquals(0, run("degrade", deg, "recording=" + sim.resolve("raster.tif"), "loss=0.5").status());
		assertEquals(0, run("decode", dec, "recording=" + deg.resolve("degraded.tif"), "episodes=20").status());
		for (Path saved : List.of(sim, sim.resolve("raster.tif"), deg.resolve("degraded.tif"), dec, dec.resolve("run.properties"))) {
			var r = run("reproduce", null, "saved=" + saved, "threads=2");
			assertEquals(0, r.status(), saved + ": " + r.out() + r.err());
			assertTrue(r.out().contains("identical: the result reproduces byte for byte"), r.out());
		}
		Files.writeString(dec.resolve("metrics.csv"), "\n", java.nio.file.StandardOpenOption.APPEND);
		var changed = run("reproduce", null, "saved=" + dec);
		assertEquals(1, changed.status(), changed.out());
		assertTrue(changed.out().contains("different  metrics.csv") && changed.out().contains("identical  decode.csv"),
			changed.out());
	}

	private static void assertSameFiles(Path a, Path b, String... names) throws IOException {
		for (String name : names) {
			assertEquals(-1, Files.mismatch(a.resolve(name), b.resolve(name)), name + " differs");
		}
	}

	private static String[] concat(String[] a, String... b) {
		return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
	}
}
