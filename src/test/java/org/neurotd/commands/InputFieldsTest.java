package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * Every command's {@code @Parameter} fields are exactly those its declared keys generate. Run
 * with {@code -Dregenerate=true} ({@code mvn -o test -Dtest=InputFieldsTest -Dregenerate=true})
 * to rewrite them after changing a key or a command's {@code keys()}.
 */
class InputFieldsTest {

	@Test
	void fieldsAreGeneratedFromTheDeclaredKeys() throws Exception {
		boolean regenerate = Boolean.getBoolean("regenerate");
		List<String> stale = new ArrayList<>();
		try (Context context = new Context(CommandService.class)) {
			var commands = CommandIndex.byName(context.service(CommandService.class)).values();
			assertTrue(commands.size() >= 6, "commands found: " + commands);
			for (CommandInfo info : commands) {
				Class<?> cls = info.loadClass();
				var keys = CommandIndex.instance(info).keys();
				if (regenerate) {
					InputFields.rewrite(cls, keys);
					continue;
				}
				String current = InputFields.current(Files.readString(InputFields.source(cls)));
				assertNotNull(current, cls.getSimpleName() + " has no " + InputFields.BEGIN + " ... " + InputFields.END
					+ " lines");
				if (!current.equals(InputFields.fields(keys))) stale.add(cls.getSimpleName());
			}
		}
		assertEquals(List.of(), stale, "inputs differ from their declared keys; regenerate them with"
			+ " mvn -o test -Dtest=InputFieldsTest -Dregenerate=true");
	}
}
