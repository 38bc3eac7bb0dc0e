package org.neurotd.it;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * The X display for the ImageJ GUI tests: one virtual display (Xvfb) for the whole test run, on
 * a number Xvfb picks itself so parallel runs do not collide; without Xvfb, the user's own
 * display. With neither, the GUI tests are skipped with a notice saying how to run them, except
 * in CI (environment CI=true), where they are required and the run fails.
 */
final class Xvfb {

	/** How to get the GUI tests to run, printed when they cannot. */
	static final String HOW = "install Xvfb (Debian/Ubuntu: apt-get install xvfb; .ci/run does) or run on a desktop"
		+ " with DISPLAY set";

	private static String display;
	private static boolean noticePrinted;

	private Xvfb() {}

	/**
	 * The display, e.g. ":7", Xvfb's started on first use and stopped when the JVM exits; the
	 * test is skipped (outside CI) or fails (in CI) when there is none.
	 */
	static synchronized String display() throws IOException {
		if (display == null) display = display(System.getenv());
		return display;
	}

	/** The display for the environment {@code env} (PATH, DISPLAY, CI). */
	static String display(Map<String, String> env) throws IOException {
		Optional<Path> xvfb = onPath("Xvfb", env.getOrDefault("PATH", ""));
		if (xvfb.isPresent()) return start(xvfb.get());
		String own = env.getOrDefault("DISPLAY", "");
		if (!own.isBlank()) return own;
		if ("true".equalsIgnoreCase(env.get("CI"))) {
			throw new IOException("CI=true: the ImageJ GUI tests are required, but there is no Xvfb and no DISPLAY: " + HOW);
		}
		synchronized (Xvfb.class) {
			if (!noticePrinted) System.out.println("NOTICE: ImageJ GUI tests skipped: no Xvfb and no DISPLAY; to run them, "
				+ HOW + " (with CI=true they are required)");
			noticePrinted = true;
		}
		Assumptions.abort("no X display for ImageJ: " + HOW);
		throw new AssertionError("unreachable");
	}

	private static Optional<Path> onPath(String program, String path) {
		for (String dir : path.split(File.pathSeparator)) {
			if (dir.isEmpty()) continue;
			Path candidate = Path.of(dir, program);
			if (Files.isExecutable(candidate)) return Optional.of(candidate);
		}
		return Optional.empty();
	}

	private static String start(Path xvfb) throws IOException {
		Process x = new ProcessBuilder(xvfb.toString(), "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp")
			.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(x.getInputStream(), StandardCharsets.US_ASCII));
		String number = out.readLine();
		if (number == null) throw new IOException("Xvfb did not start (exit " + waitFor(x) + ")");
		Runtime.getRuntime().addShutdownHook(new Thread(x::destroy));
		return ":" + number.trim();
	}

	private static int waitFor(Process p) {
		try {
			return p.waitFor();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}
}
