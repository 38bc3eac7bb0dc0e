package org.neurotd.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * One virtual X display (Debian's xvfb) for all ImageJ tests of a test run, on a display number
 * Xvfb picks itself, so parallel runs on one machine do not collide.
 */
final class Xvfb {

	private static String display;

	private Xvfb() {}

	/** The display, e.g. ":7", started on first use and stopped when the JVM exits. */
	static synchronized String display() throws IOException {
		if (display != null) return display;
		Process x;
		try {
			x = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp")
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
		}
		catch (IOException e) {
			throw new IOException("Xvfb is needed for the ImageJ tests: apt-get install xvfb (.ci/run does)", e);
		}
		BufferedReader out = new BufferedReader(new InputStreamReader(x.getInputStream(), StandardCharsets.US_ASCII));
		String number = out.readLine();
		if (number == null) throw new IOException("Xvfb did not start (exit " + waitFor(x) + ")");
		Runtime.getRuntime().addShutdownHook(new Thread(x::destroy));
		display = ":" + number.trim();
		return display;
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
