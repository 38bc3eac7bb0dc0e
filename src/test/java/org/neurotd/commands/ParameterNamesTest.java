package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

/**
 * Parameter names are safe as ImageJ macro keys: lowercase, unique, and none an underscore-suffix
 * of another (the macro option parser would find {@code trials=} inside {@code training_trials=}).
 */
class ParameterNamesTest {

	@Test
	void everyCommandsKeysAreSafeInAMacro() {
		try (Context context = new Context(CommandService.class)) {
			List<CommandInfo> ours = context.service(CommandService.class).getCommands().stream()
				.filter(c -> c.getClassName().startsWith("org.neurotd.")).toList();
			assertTrue(ours.size() >= 5, "found " + ours.size() + " commands");
			List<String> all = new ArrayList<>();
			for (CommandInfo info : ours) {
				List<String> names = new ArrayList<>();
				for (ModuleItem<?> item : info.inputs()) {
					if (!Service.class.isAssignableFrom(item.getType())) names.add(item.getName());
				}
				assertEquals(names.stream().distinct().count(), names.size(), info.getTitle() + ": " + names);
				all.addAll(names);
			}
			for (String a : all) {
				assertTrue(a.matches("[a-z][a-z0-9_]*"), a);
				for (String b : all) assertFalse(a.endsWith("_" + b), a + " ends with _" + b);
			}
		}
	}
}
