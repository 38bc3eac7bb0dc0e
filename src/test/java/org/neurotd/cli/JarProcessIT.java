package org.neurotd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.sweep.CellFolder;

/**
 * The packaged jar as a user runs it, in its own process: bad input gives one error line and
 * exit status 2, a too-large run fails before allocating, and a sweep killed with SIGKILL
 * midway resumes (resume=true) to exactly the bytes of an uninterrupted run.
 */
class JarProcessIT {

	@TempDir
	Path dir;

	static final Path JAR = Path.of("target", "dopamine-td.jar");

	static final List<String> SWEEP = List.of("sweep", "neurons=200", "trials=5", "losses=0,0.3,0.6,0.9", "seeds=4",
		"episodes=200");

	/** Exit status, stdout and stderr of a finished run. */
	record Result(int status, String out, String err) {}

	static ProcessBuilder java(Path dir, List<String> jvm, List<String> args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
		command.addAll(jvm);
		command.add("-jar");
		command.add(JAR.toAbsolutePath().toString());
		command.addAll(args);
		return new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
			.redirectError(dir.resolve("stderr.txt").toFile());
	}

	static Result run(Path dir, List<String> jvm, List<String> args) throws Exception {
		Process p = java(dir, jvm, args).start();
		assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the jar did not finish");
		return new Result(p.exitValue(), Files.readString(dir.resolve("stdout.txt")), Files.readString(dir.resolve("stderr.txt")));
	}

	static List<String> with(List<String> args, String... more) {
		List<String> all = new ArrayList<>(args);
		all.addAll(List.of(more));
		return all;
	}

	@Test
	void badInputGivesOneErrorLineAndExitStatusTwo() throws Exception {
		Path out = dir.resolve("out");
		Path text = Files.writeString(dir.resolve("notes.txt"), "not a recording");
		for (List<String> args : List.of(List.of("simulate", "neurons=abc"), List.of("simulate", "probability=NaN"),
			List.of("simulate", "reward_time=400"), List.of("sweep", "losses=0,2"), List.of("decode", "recording=" + text)))
		{
			Result r = run(dir, List.of(), with(args, "output=" + out));
			String key = args.get(1).substring(0, args.get(1).indexOf('='));
			assertEquals(2, r.status(), args + ": " + r.err());
			assertTrue(r.err().startsWith("error: " + key) && r.err().strip().lines().count() == 1, args + ": " + r.err());
			assertFalse(Files.exists(out), args + " left an output folder");
		}
	}

	@Test
	void aRunTooLargeForTheHeapSaysWhatItNeedsBeforeAllocating() throws Exception {
		Path out = dir.resolve("big");
		Result r = run(dir, List.of("-Xmx64m"), List.of("sweep", "neurons=200000", "trials=100", "output=" + out));
		assertEquals(2, r.status(), r.err());
		assertTrue(r.err().startsWith("error: neurons=200000 is not allowed") && r.err().contains("needs about")
			&& r.err().contains("GB"), r.err());
		assertFalse(r.err().contains("OutOfMemoryError"), r.err());
		assertFalse(Files.exists(out));
	}

	@Test
	void aSweepKilledMidwayResumesToTheSameBytes() throws Exception {
		Path whole = dir.resolve("whole"), killed = dir.resolve("killed");
		Files.createDirectories(dir.resolve("a"));
		assertEquals(0, run(dir.resolve("a"), List.of(), with(SWEEP, "threads=2", "output=" + whole)).status());

		Path logs = Files.createDirectories(dir.resolve("b"));
		Process p = java(logs, List.of(), with(SWEEP, "threads=1", "output=" + killed)).start();
		Path cells = killed.resolve(CellFolder.NAME);
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (cellCount(cells) == 0 && p.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
		assertTrue(p.isAlive(), "the sweep finished before it could be killed: make it larger");
		p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
		p.waitFor();
		assertFalse(Files.exists(killed.resolve("flattening.csv")), "a killed sweep wrote its final outputs");
		int done = cellCount(cells);
		assertTrue(done >= 1 && done < 16, done + " cells done");

		Result refused = run(logs, List.of(), with(SWEEP, "output=" + killed));
		assertEquals(2, refused.status());
		assertTrue(refused.err().contains("resume=true"), refused.err());

		Result resumed = run(logs, List.of(), with(SWEEP, "resume=true", "output=" + killed));
		assertEquals(0, resumed.status(), resumed.err());
		assertTrue(resumed.out().matches("(?s).*Resuming: \\d+ finished cells.*"), resumed.out());
		for (String name : List.of("flattening.csv", "sweep.csv", "flattening.png", "run.properties")) {
			assertEquals(-1, Files.mismatch(whole.resolve(name), killed.resolve(name)), name + " differs after resuming");
		}
		assertFalse(Files.exists(cells), "the finished cells are dropped once the outputs are in place");
	}

	private static int cellCount(Path cells) throws IOException {
		if (!Files.isDirectory(cells)) return 0;
		try (var s = Files.list(cells)) {
			return (int) s.filter(f -> f.getFileName().toString().endsWith(".cell")).count();
		}
	}
}
