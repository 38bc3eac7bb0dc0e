package org.neurotd.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.imagej.OneKeyCases;

/**
 * Same keys, same bytes: each command given one key in a plain ImageJ 1.54 batch macro (every
 * other key left out, so it takes its default) writes exactly the files the command line writes
 * with that key; and a result made on either route reproduces, byte for byte, on the other.
 */
class MacroRouteIT {

	@TempDir
	Path out;

	/** Runs the built jar as a user does; returns its standard output, failing unless the exit status is expected. */
	static String cli(int expectedStatus, String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(PlainImageJ.javaExecutable(), "-jar",
			PlainImageJ.TARGET.resolve("dopamine-td.jar").toString()));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the jar did not finish");
		assertEquals(expectedStatus, p.exitValue(), String.join(" ", args) + ":\n" + output);
		return output;
	}

	@Test
	void eachCommandWithOneKeyWritesTheCommandLinesBytesAndResultsReproduceAcrossRoutes() throws Exception {
		Path healthy = out.resolve("healthy");
		cli(0, "simulate", "neurons=20", "trials=3", "training=50", "output=" + healthy);
		String recording = healthy.resolve("raster.tif").toString();

		StringBuilder macro = new StringBuilder("setBatchMode(true);\n");
		for (OneKeyCases.Case c : OneKeyCases.CASES) {
			String keys = (c.recording() ? "recording=[" + recording + "] " : "") + c.key();
			String label = c.command().getAnnotation(org.scijava.plugin.Plugin.class).label();
			macro.append("run(\"").append(label).append("\", \"").append(keys).append(" output=[")
				.append(out.resolve("macro").resolve(c.cli())).append("]\");\n");
			List<String> args = new ArrayList<>(List.of(c.cli()));
			if (c.recording()) args.add("recording=" + recording);
			args.add(c.key());
			args.add("output=" + out.resolve("cli").resolve(c.cli()));
			cli(0, args.toArray(String[]::new));
		}
		// the macro route checks a folder the command line made
		macro.append("run(\"Reproduce a Saved Result\", \"saved=[").append(out.resolve("cli/simulate")).append("]\");\n");
		macro.append("print(\"macro done\");\n");
		Path file = Files.writeString(out.resolve("one-key.ijm"), macro);
		PlainImageJ.Run run = PlainImageJ.run("ij.ImageJ", "-batch", file.toString());
		assertTrue(run.output().contains("macro done"), run.output());
		assertTrue(run.output().contains("identical: the result reproduces byte for byte"), run.output());

		for (OneKeyCases.Case c : OneKeyCases.CASES) assertSameFiles(out.resolve("cli").resolve(c.cli()), out.resolve("macro").resolve(c.cli()));
		// and the command line checks the folders the macro made
		for (OneKeyCases.Case c : OneKeyCases.CASES) {
			String said = cli(0, "reproduce", "saved=" + out.resolve("macro").resolve(c.cli()));
			assertTrue(said.contains("identical: the result reproduces byte for byte"), c.cli() + ":\n" + said);
		}
	}

	private static void assertSameFiles(Path expected, Path actual) throws IOException {
		List<String> names;
		try (Stream<Path> files = Files.list(expected)) {
			names = files.map(p -> p.getFileName().toString()).sorted().toList();
		}
		try (Stream<Path> files = Files.list(actual)) {
			assertEquals(names, files.map(p -> p.getFileName().toString()).sorted().toList(), "files in " + actual);
		}
		for (String name : names) {
			assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
				actual.resolve(name) + " against the command line's");
		}
	}
}
