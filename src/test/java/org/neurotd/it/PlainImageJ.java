package org.neurotd.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Plain ImageJ 1.54 (ij.jar alone) with the plugin installed as a user installs it: the built
 * jar as plugins/Dopamine_TD.jar (ImageJ only installs plugin jars with an underscore in the
 * name) and its dependencies in plugins/jars; run in its own JVM on the Xvfb display.
 */
final class PlainImageJ {

	/** What a run printed and how it ended. */
	record Run(int exit, String output) {}

	static final Path TARGET = Path.of("target").toAbsolutePath();
	static final Path HOME = TARGET.resolve("it/imagej");

	private static boolean installed;

	private PlainImageJ() {}

	/** ij.jar, from the build's dependencies. */
	static Path ijJar() throws IOException {
		try (Stream<Path> jars = Files.list(TARGET.resolve("lib"))) {
			return jars.filter(p -> p.getFileName().toString().matches("ij-[0-9.]+[a-z]?\\.jar")).findFirst()
				.orElseThrow(() -> new IOException("no ij.jar in target/lib: run mvn package first"));
		}
	}

	/** The ImageJ folder (its plugins folder holds the plugin), set up once per test run. */
	static synchronized Path home() throws IOException {
		if (installed) return HOME;
		Path plugins = HOME.resolve("plugins"), jars = plugins.resolve("jars");
		Files.createDirectories(jars);
		Files.copy(TARGET.resolve("dopamine-td.jar"), plugins.resolve("Dopamine_TD.jar"),
			StandardCopyOption.REPLACE_EXISTING);
		try (Stream<Path> deps = Files.list(TARGET.resolve("lib"))) {
			for (Path dep : deps.toList()) {
				String name = dep.getFileName().toString();
				// ImageJ itself is on the class path; Groovy and the scripting jar are the launcher's
				if (name.startsWith("ij-") || name.startsWith("groovy") || name.contains("scripting")) continue;
				Files.copy(dep, jars.resolve(name), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		installed = true;
		return HOME;
	}

	/**
	 * Runs {@code main} (ij.ImageJ or a test driver from target/test-classes) with ImageJ and the
	 * installed plugin, on the Xvfb display; fails the test if it does not end in two minutes.
	 */
	static Run run(String main, String... args) throws IOException, InterruptedException {
		String classPath = ijJar() + File.pathSeparator + TARGET.resolve("test-classes");
		List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Dplugins.dir=" + home(),
			"-Duser.home=" + HOME.resolve("user"), "-cp", classPath, main));
		command.addAll(List.of(args));
		ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
		pb.environment().put("DISPLAY", Xvfb.display());
		Path log = Files.createTempFile(TARGET, "imagej-", ".log");
		pb.redirectOutput(log.toFile());
		Process p = pb.start();
		boolean ended = p.waitFor(10, TimeUnit.MINUTES);
		String threads = ended ? "" : threadDump(p);
		if (!ended) p.destroyForcibly().waitFor();
		String output = Files.readString(log, StandardCharsets.UTF_8) + threads;
		Files.delete(log);
		assertTrue(ended, "ImageJ did not end (a modal dialog?); it printed:\n" + output);
		return new Run(p.exitValue(), output);
	}

	/** What a hung ImageJ was doing, to show in the failure. */
	private static String threadDump(Process p) throws IOException, InterruptedException {
		Path jstack = Path.of(System.getProperty("java.home"), "bin", "jstack");
		if (!Files.isExecutable(jstack)) return "";
		Process dump = new ProcessBuilder(jstack.toString(), Long.toString(p.pid())).redirectErrorStream(true).start();
		String threads = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		dump.waitFor();
		return "\n--- threads ---\n" + threads;
	}

	static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}
}
