package org.neurotd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.Macro;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.neurotd.imagej.ImageJEntry;
import org.scijava.Context;
import org.scijava.command.CommandService;

/**
 * The bad-input table as ImageJ macro lines: each row's keys given as macro options to the
 * command's ImageJ 1.x entry (as {@code run("Label", "key=[value] ...")} does), on a macro
 * thread. Each run stops with one message naming the parameter, and writes nothing.
 */
class BadInputMacroTest extends BadInputTable {

	@Test
	void everyBadInputStopsTheMacroCommandWithTheParameterNamedAndNothingWritten() throws Exception {
		List<BadInputs.Row> rows;
		Map<String, Class<?>> classes = new HashMap<>();
		try (Context context = new Context(CommandService.class)) {
			rows = BadInputs.rows(context.service(CommandService.class), files);
			for (BadInputs.Row row : rows) {
				classes.computeIfAbsent(row.command(), name -> {
					try {
						return BadInputs.command(context.service(CommandService.class), name);
					}
					catch (Exception e) {
						throw new IllegalStateException(e);
					}
				});
			}
		}
		List<String> failures = new ArrayList<>();
		int i = 0;
		for (BadInputs.Row row : rows) {
			Path output = dir.resolve("macro-" + i++);
			Class<?> command = classes.get(row.command());
			String options = row.args().stream().map(BadInputMacroTest::macroOption).collect(Collectors.joining(" "))
				+ (writesFiles(command) ? " output=[" + output + "]" : "");
			String shown = runOnMacroThread(command, options);
			boolean named = shown.contains(row.parameter() + "=") || shown.contains(row.parameter() + ":")
				|| shown.contains("'" + row.parameter() + "'");
			if (!named) failures.add(row + " -> " + shown.strip());
			else if (Files.exists(output)) failures.add(row + " -> left " + output);
		}
		assertTrue(rows.size() > 100, "the table has " + rows.size() + " rows");
		assertEquals(List.of(), failures, failures.size() + " of " + rows.size() + " rows");
	}

	private static boolean writesFiles(Class<?> command) {
		for (Class<?> c = command; c != null; c = c.getSuperclass()) {
			for (var f : c.getDeclaredFields()) {
				if (f.getName().equals("output")) return true;
			}
		}
		return false;
	}

	/** {@code key=value} as a macro option; brackets keep values with spaces or commas whole. */
	private static String macroOption(String arg) {
		int eq = arg.indexOf('=');
		return arg.substring(0, eq) + "=[" + arg.substring(eq + 1) + "]";
	}

	/** Runs the entry as ImageJ runs a macro's run(...) line; returns what it printed. */
	private static String runOnMacroThread(Class<?> command, String options) throws InterruptedException {
		ByteArrayOutputStream shown = new ByteArrayOutputStream();
		PrintStream out = System.out, err = System.err;
		PrintStream capture = new PrintStream(shown, true, StandardCharsets.UTF_8);
		System.setOut(capture);
		System.setErr(capture);
		try {
			Thread t = new Thread(() -> {
				Macro.setOptions(Thread.currentThread(), options);
				try {
					new ImageJEntry().run(command.getName());
				}
				catch (RuntimeException e) {
					capture.println("exception: " + e.getMessage());
				}
				finally {
					Macro.setOptions(Thread.currentThread(), null);
				}
			}, "Run$_bad_input");
			t.start();
			t.join();
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
		return shown.toString(StandardCharsets.UTF_8);
	}

}
