package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.cli.Main;
import org.neurotd.params.Key;
import org.neurotd.report.RunRecord;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogService;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

/**
 * Every command's keys, with default, range and description, come from the one declaration:
 * the SciJava inputs (what Fiji's and ImageJ's dialogs show), {@code --help} and run.properties
 * show exactly those.
 */
class DeclaredKeysTest {

	@Test
	void dialogsHelpAndRunPropertiesShowTheDeclaredKeys(@TempDir Path dir) throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class, LogService.class)) {
			CommandService commands = context.service(CommandService.class);
			for (Map.Entry<String, CommandInfo> e : CommandIndex.byName(commands).entrySet()) {
				CommandInfo info = e.getValue();
				DopamineCommand fresh = CommandIndex.instance(info);
				List<Key<?>> keys = fresh.keys();
				CommandModule module = (CommandModule) info.createModule();
				List<String> inputs = userInputs(info);
				assertEquals(keys.stream().map(Key::name).toList(), inputs, e.getKey() + ": SciJava inputs");
				String help = help(e.getKey());
				for (Key<?> k : keys) {
					String where = e.getKey() + " " + k.name();
					ModuleItem<?> item = info.getInput(k.name());
					assertEquals(k.labelWithUnit(), item.getLabel(), where + " label");
					assertEquals(k.description(), item.getDescription(), where + " description");
					assertEquals(k.min(), number(item.getMinimumValue()), where + " min");
					assertEquals(k.max(), number(item.getMaximumValue()), where + " max");
					assertEquals(k.choices(), item.getChoices() == null ? List.of()
						: item.getChoices().stream().map(String::valueOf).toList(), where + " choices");
					if (k.isValue()) assertEquals(k.defaultValue(), module.getInput(k.name()), where + " default");
					String line = "  " + String.format("%-14s ", k.name());
					assertTrue(help.contains(line), where + " in --help:\n" + help);
					String entry = help.substring(help.indexOf(line));
					entry = entry.substring(0, nthLine(entry, 2));
					assertTrue(entry.contains(k.description()), where + " described in --help: " + entry);
					if (k.isValue()) {
						assertTrue(entry.contains("default " + (k.type() == Key.Type.TEXT && "".equals(k.defaultValue())
							? "empty" : k.text(k.defaultValue()))), where + " default in --help: " + entry);
						assertTrue(entry.contains(k.allowed()), where + " range in --help: " + entry);
					}
					if (!k.unit().isEmpty()) assertTrue(entry.contains(k.unit()), where + " unit in --help: " + entry);
				}
				Map<String, String> recorded = keys.stream().filter(k -> k.isValue() && !k.isExecutionOnly())
					.collect(Collectors.toMap(Key::name, k -> k.text(k.defaultValue()), (a, b) -> a, TreeMap::new));
				assertEquals(recorded, fresh.parameters(), e.getKey() + ": run.properties parameters");
			}
			Path out = dir.resolve("simulate");
			HeadlessRun.completed(commands, SimulatePopulation.class, "neurons", 5, "trials", 2, "training", 5, "output",
				out.toFile());
			Map<String, String> written = RunRecord.read(out.resolve(RunRecord.FILE), "saved").parameters();
			Map<String, String> expected = new TreeMap<>();
			for (Key<?> k : new SimulatePopulation().keys()) {
				if (k.isValue() && !k.isExecutionOnly()) expected.put(k.name(), k.text(k.defaultValue()));
			}
			expected.putAll(Map.of("neurons", "5", "trials", "2", "training", "5"));
			assertEquals(expected, written, "run.properties of a run with three keys given");
		}
	}

	private static Double number(Object value) {
		return value == null ? null : Double.valueOf(value.toString());
	}

	private static int nthLine(String text, int n) {
		int at = -1;
		for (int i = 0; i < n; i++) at = text.indexOf('\n', at + 1);
		return at + 1;
	}

	private static String help(String command) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int status = Main.run(new String[] { command, "--help" }, new PrintStream(out, true, StandardCharsets.UTF_8),
			new PrintStream(new ByteArrayOutputStream()));
		assertEquals(0, status, command + " --help");
		return out.toString(StandardCharsets.UTF_8);
	}

	/** The user inputs of a command (services and the context left out), in order. */
	private static List<String> userInputs(CommandInfo info) {
		return StreamSupport.stream(info.inputs().spliterator(), false)
			.filter(i -> !Service.class.isAssignableFrom(i.getType()) && !Context.class.isAssignableFrom(i.getType()))
			.map(ModuleItem::getName).toList();
	}
}
