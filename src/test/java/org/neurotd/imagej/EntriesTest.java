package org.neurotd.imagej;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.Macro;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

/**
 * Every SciJava command has an ImageJ 1.x entry in plugins.config with the same parent menu and
 * label (so Fiji shows one entry): the one entry class, given the command's class, reading the
 * same macro keys.
 */
class EntriesTest {

	private static final Pattern ENTRY = Pattern.compile(
		"^([^,#]+),\\s*\"([^\"]+)\",\\s*org\\.neurotd\\.imagej\\.ImageJEntry\\(\"([\\w.]+)\"\\)\\s*$");

	/** plugins.config entries: "parent>label" to the command class the entry runs. */
	private static Map<String, String> configEntries() throws IOException {
		Map<String, String> entries = new TreeMap<>();
		try (InputStream in = EntriesTest.class.getResourceAsStream("/plugins.config")) {
			assertNotNull(in, "plugins.config on the class path");
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) continue;
				Matcher m = ENTRY.matcher(line.trim());
				assertTrue(m.matches(), "plugins.config line: " + line);
				assertFalse(entries.containsKey(m.group(1) + ">" + m.group(2)), "duplicate entry " + line);
				entries.put(m.group(1).trim() + ">" + m.group(2), m.group(3));
			}
		}
		return entries;
	}

	private static List<CommandInfo> sciJavaCommands() {
		try (Context context = new Context(CommandService.class)) {
			List<CommandInfo> ours = new ArrayList<>();
			for (CommandInfo info : context.service(CommandService.class).getCommands()) {
				if (info.getClassName().startsWith("org.neurotd.")) ours.add(info);
			}
			return ours;
		}
	}

	@Test
	void everyCommandHasAnEntryWithTheSameMenuPathLabelAndKeys() throws Exception {
		Map<String, String> entries = configEntries();
		List<CommandInfo> commands = sciJavaCommands();
		assertFalse(commands.isEmpty(), "the plugin's SciJava commands");
		for (CommandInfo info : commands) {
			String path = info.getMenuPath().stream().map(e -> e.getName()).collect(java.util.stream.Collectors.joining(">"));
			String leaf = info.getMenuPath().getLeaf().getName();
			assertEquals(info.getLabel(), leaf, "menu leaf and label of " + info.getClassName());
			String command = entries.remove(path);
			assertNotNull(command, "plugins.config entry for " + path);
			assertEquals(info.getClassName(), command, "the entry " + path + " runs " + info.getClassName());
			assertEquals(keys(info), dialogKeys(info), "macro keys of " + leaf);
		}
		assertTrue(entries.isEmpty(), "plugins.config entries without a SciJava command: " + entries);
	}

	/** The keys ImageJ's GenericDialog reads and records for the entry's fields. */
	private static List<String> dialogKeys(CommandInfo info) {
		return DialogField.of(info).stream().map(f -> Macro.trimKey(f.dialogLabel())).toList();
	}

	private static List<String> keys(CommandInfo info) {
		List<String> keys = new ArrayList<>();
		for (ModuleItem<?> item : info.inputs()) {
			if (!Service.class.isAssignableFrom(item.getType()) && !Context.class.isAssignableFrom(item.getType())) {
				keys.add(item.getName());
			}
		}
		return keys;
	}

	@Test
	void nothingBelowTheFrontEndsImportsThem() throws IOException {
		for (String lower : List.of("commands", "ij1")) {
			try (var files = java.nio.file.Files.walk(java.nio.file.Path.of("src/main/java/org/neurotd", lower))) {
				for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
					String text = java.nio.file.Files.readString(file);
					assertFalse(text.contains("org.neurotd.imagej") || text.contains("org.neurotd.cli"),
						file + " imports a front end");
				}
			}
		}
	}

	@Test
	void commandKeysAreDistinctForImageJsOptionParser() {
		for (CommandInfo info : sciJavaCommands()) {
			List<String> keys = keys(info);
			for (String a : keys) {
				assertEquals(a.toLowerCase(java.util.Locale.US), a, "lower-case key");
				for (String b : keys) {
					// ImageJ finds "key=" after any non-letter, so "_a" must not end another key
					assertFalse(!a.equals(b) && b.endsWith(a) && !Character.isLetter(b.charAt(b.length() - a.length() - 1)),
						a + " would be read from " + b + " in " + info.getLabel());
				}
			}
		}
	}

	@Test
	void optionsRejectUnknownKeysByName() {
		var known = java.util.Set.of("compensation", "loss");
		var e = org.junit.jupiter.api.Assertions.assertThrows(org.neurotd.params.InvalidParameterException.class,
			() -> MacroOptions.parse("los=0.5").requireKnown(known, "Degrade"));
		assertEquals("los", e.parameter());
	}

	@Test
	void optionsTellOmittedKeysFromBareAndBracketedOnes() {
		MacroOptions options = MacroOptions.parse("loss=0.5 compensation output=[/tmp/a folder] ");
		assertEquals("0.5", options.value("loss"));
		assertEquals("", options.value("compensation"), "a bare key");
		assertEquals("/tmp/a folder", options.value("output"));
		assertEquals(null, options.value("cap"), "an omitted key");
	}
}
