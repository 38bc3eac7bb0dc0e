package org.neurotd.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The standalone launcher: {@code java -jar dopamine-td.jar COMMAND [key=value ...]}, or
 * {@code java -jar dopamine-td.jar --headless --run SCRIPT 'key=value,...'} for a SciJava script.
 * Exit status: 0 done, 2 bad input (one line on stderr naming the parameter), 1 failure.
 */
public final class Main {

	private Main() {}

	/** Entry point. */
	public static void main(String[] args) {
		System.setProperty("java.awt.headless", "true");
		System.exit(run(args, System.out, System.err));
	}

	/** Runs the launcher and returns its exit status (testable without exiting the JVM). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		boolean debug = Arrays.asList(args).contains("--debug");
		// --headless is Fiji's flag for scripts; the command line is always headless
		String[] rest = Arrays.stream(args).filter(a -> !a.equals("--debug") && !a.equals("--headless"))
			.toArray(String[]::new);
		try {
			if (rest.length == 0 || rest[0].equals("--help") || rest[0].equals("-h")) {
				out.print(CommandLine.usage());
				return rest.length == 0 ? 2 : 0;
			}
			if (rest[0].equals("--run")) {
				if (rest.length < 2 || rest.length > 3) throw new UsageException("usage: --run SCRIPT ['key=value,...']");
				return new ScriptRunner(out, err, debug).run(java.nio.file.Path.of(rest[1]), rest.length > 2 ? rest[2] : "");
			}
			String[] tail = Arrays.copyOfRange(rest, 1, rest.length);
			// bench and merge need no SciJava context: their process start stays small
			if (rest[0].equals("bench")) return new Bench(out, err).run(tail);
			if (rest[0].equals("merge")) return new Merge(out).run(tail);
			return new CommandLine(out, err).run(rest[0], tail);
		}
		catch (UsageException | org.neurotd.params.InvalidParameterException e) {
			err.println("error: " + e.getMessage());
			if (debug) e.printStackTrace(err);
			return 2;
		}
		catch (RuntimeException e) {
			err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
			if (debug) e.printStackTrace(err);
			else err.println("(run again with --debug for the stack trace)");
			return 1;
		}
	}
}
