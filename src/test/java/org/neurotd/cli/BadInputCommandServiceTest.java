package org.neurotd.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neurotd.commands.SimulatePopulation;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.module.ModuleItem;

/**
 * The bad-input table through SciJava's CommandService, as a Fiji script or another plugin runs
 * the commands: each run is cancelled with a reason naming the parameter, and writes nothing.
 * Values SciJava's typed inputs cannot carry (text for a number) are left to the front ends
 * that parse text: the command line, macros and dialogs.
 */
class BadInputCommandServiceTest extends BadInputTable {

	@Test
	void everyBadInputCancelsTheCommandWithAReasonNamingTheParameter() throws Exception {
		List<String> failures = new ArrayList<>();
		int runs = 0;
		PrintStream stderr = System.err;
		System.setErr(new PrintStream(OutputStream.nullOutputStream())); // the errors are checked through a listener
		try (Context context = new Context(CommandService.class, StatusService.class, LogService.class)) {
			CommandService commands = context.service(CommandService.class);
			List<String> logged = new ArrayList<>();
			context.service(LogService.class).addLogListener(m -> {
				if (m.level() == LogLevel.ERROR) logged.add(m.text());
			});
			int i = 0;
			for (BadInputs.Row row : BadInputs.rows(commands, files)) {
				if (row.parameter().equals("bogus")) continue; // refused by SciJava itself, below
				CommandInfo info = org.neurotd.commands.CommandIndex.byName(commands).get(row.command());
				Path output = dir.resolve("sj-" + i++);
				Map<String, Object> inputs = typed(info, row, output);
				if (inputs == null) continue;
				runs++;
				CommandModule module = commands.run(info, true, inputs).get();
				String reason = module.getCancelReason();
				if (!module.isCanceled()) failures.add(row + " -> not cancelled");
				else if (!(reason.startsWith(row.parameter() + "=") || reason.startsWith(row.parameter() + ":")
					|| reason.startsWith("'" + row.parameter() + "' is required"))) { // SciJava's own check of a missing image
					failures.add(row + " -> " + reason);
				}
				else if (Files.exists(output)) failures.add(row + " -> left " + output);
				else if (!logged.contains(reason) && !reason.contains("is required")) {
					failures.add(row + " -> not logged as an error: " + reason);
				}
			}
		}
		finally {
			System.setErr(stderr);
		}
		assertEquals(List.of(), failures);
		assertTrue(runs > 80, runs + " rows run");
	}

	@Test
	void anUnknownParameterIsRefusedBySciJava() {
		try (Context context = new Context(CommandService.class, StatusService.class, LogService.class)) {
			CommandService commands = context.service(CommandService.class);
			var e = assertThrows(IllegalArgumentException.class,
				() -> commands.run(SimulatePopulation.class, true, Map.of("nuerons", 5)));
			assertTrue(e.getMessage().contains("nuerons"), e.getMessage());
		}
	}

	/** The row's values as typed inputs, or null when one cannot be typed (text for a number). */
	private static Map<String, Object> typed(CommandInfo info, BadInputs.Row row, Path output) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		if (info.getInput("output") != null) inputs.put("output", output.toFile());
		for (String arg : row.args()) {
			int eq = arg.indexOf('=');
			String key = arg.substring(0, eq), text = arg.substring(eq + 1);
			ModuleItem<?> item = info.getInput(key);
			try {
				inputs.put(key, value(item.getType(), text));
			}
			catch (NumberFormatException e) {
				return null;
			}
		}
		return inputs;
	}

	private static Object value(Class<?> type, String text) {
		if (type == int.class) return Integer.parseInt(text);
		if (type == long.class) return Long.parseLong(text);
		if (type == double.class) return Double.parseDouble(text);
		if (type == boolean.class) {
			if (!text.equals("true") && !text.equals("false")) throw new NumberFormatException(text);
			return Boolean.parseBoolean(text);
		}
		if (type == File.class) return new File(text);
		if (type == ImagePlus.class) return IJ.openImage(text);
		return text;
	}
}
