package org.neurotd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandService;

/** Every row of the bad-input table, on the command line: one error line naming the parameter, exit 2, no output. */
class BadInputCliTest extends BadInputTable {

	/** What one in-process run printed and returned. */
	record Run(int status, String out, String err) {}

	static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
		int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	@Test
	void everyBadInputIsRefusedWithOneLineNamingTheParameterAndNoOutput() {
		List<BadInputs.Row> rows;
		try (Context context = CommandLine.context()) {
			rows = BadInputs.rows(context.service(CommandService.class), files);
		}
		assertTrue(rows.size() > 100, "the generated table has " + rows.size() + " rows");
		List<String> failures = new ArrayList<>();
		int i = 0;
		for (BadInputs.Row row : rows) {
			Path output = dir.resolve("out-" + i++);
			List<String> args = new ArrayList<>(List.of(row.command()));
			args.addAll(row.args());
			boolean hasOutput = row.args().stream().anyMatch(a -> a.startsWith("output="));
			if (!row.command().equals("reproduce") && !hasOutput) args.add("output=" + output);
			Run r = run(args.toArray(String[]::new));
			String problem = problem(row, r);
			if (problem == null && Files.exists(output)) problem = "left " + output;
			if (problem != null) failures.add(row + " -> " + problem);
		}
		assertEquals(List.of(), failures);
	}

	/** Why a run is not a clean refusal, or null when it is. */
	private static String problem(BadInputs.Row row, Run r) {
		if (r.status() != 2) return "exit " + r.status() + ": " + r.err();
		String err = r.err().strip();
		if (err.contains("\n")) return "more than one line on stderr: " + err;
		if (!err.startsWith("error: ")) return "no 'error: ' line: " + err;
		boolean named = err.contains(row.parameter() + "=") || err.contains(row.parameter() + ":")
			|| err.contains("'" + row.parameter() + "'");
		if (!named) return "does not name " + row.parameter() + ": " + err;
		if (err.startsWith("error: unknown parameter")) return null;
		String value = row.args().stream().filter(a -> a.startsWith(row.parameter() + "="))
			.map(a -> a.substring(a.indexOf('=') + 1)).findFirst().orElse("");
		if (row.parameter().equals("recording")) value = Path.of(value).getFileName().toString();
		boolean shown = List.of(value.split(",")).stream().anyMatch(err::contains) || value.isEmpty()
			|| value.equals(",");
		return shown ? null : "does not show the value " + value + ": " + err;
	}

	@Test
	void anUnknownParameterListsTheKnownOnes() {
		Run r = run("simulate", "nuerons=5", "output=" + dir.resolve("unknown"));
		assertEquals(2, r.status());
		assertTrue(r.err().contains("unknown parameter 'nuerons'") && r.err().contains("known: neurons, trials"), r.err());
	}

	@Test
	void aTooLargeRunSaysHowMuchMemoryItNeedsBeforeAllocating() {
		// neurons x trials sized for about twice what this JVM can hold, below the spike limit
		long bytes = Runtime.getRuntime().maxMemory();
		int trials = 100;
		long neurons = 2 * bytes / 164 / trials + 1;
		org.junit.jupiter.api.Assumptions.assumeTrue(neurons <= 2_000_000, "JVM heap too large for this check");
		Run r = run("sweep", "neurons=" + neurons, "trials=" + trials, "output=" + dir.resolve("memory"));
		assertEquals(2, r.status(), r.err());
		assertTrue(r.err().startsWith("error: neurons=" + neurons) && r.err().contains("needs about")
			&& r.err().contains("can use only"), r.err());
		assertFalse(Files.exists(dir.resolve("memory")));
	}

	@Test
	void debugShowsTheStackTrace() {
		Run quiet = run("simulate", "neurons=0", "output=" + dir.resolve("debug"));
		Run debug = run("--debug", "simulate", "bogus=0", "output=" + dir.resolve("debug"));
		assertFalse(quiet.err().contains("\tat "), quiet.err());
		assertTrue(debug.err().contains("\tat org.neurotd"), debug.err());
	}

	@Test
	void anUnwritableOutputFolderIsRefused() throws Exception {
		Path locked = Files.createDirectory(dir.resolve("locked"));
		assertTrue(locked.toFile().setWritable(false, false));
		try {
			org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "root can write anywhere");
			Run r = run("simulate", "neurons=5", "trials=1", "output=" + locked.resolve("out"));
			assertEquals(2, r.status());
			assertTrue(r.err().contains("output=") && r.err().contains("not writable"), r.err());
		}
		finally {
			locked.toFile().setWritable(true, false);
		}
	}
}
