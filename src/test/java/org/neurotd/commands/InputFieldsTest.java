package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neurotd.params.Key;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * Every command's {@code @Parameter} fields are exactly those its declared keys generate: each
 * class in a command's hierarchy holds the fields of the {@code INPUTS} it declares. Run
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
			Map<Class<?>, List<Key<?>>> own = new LinkedHashMap<>();
			for (CommandInfo info : commands) {
				DopamineCommand command = CommandIndex.instance(info);
				List<Class<?>> chain = new ArrayList<>();
				for (Class<?> c = command.getClass(); c != DopamineCommand.class; c = c.getSuperclass()) chain.add(0, c);
				List<Key<?>> above = new ArrayList<>();
				for (Class<?> c : chain) {
					List<Key<?>> declared = DopamineCommand.inputs(c);
					if (c == command.getClass() && declared.isEmpty()) { // a command that lists its keys() itself
						declared = command.keys().stream().filter(k -> !above.contains(k)).toList();
					}
					own.putIfAbsent(c, declared);
					above.addAll(declared);
				}
			}
			for (Map.Entry<Class<?>, List<Key<?>>> e : own.entrySet()) {
				Class<?> cls = e.getKey();
				String source = Files.readString(InputFields.source(cls));
				String current = InputFields.current(source);
				if (e.getValue().isEmpty() && current == null) continue;
				assertNotNull(current, cls.getSimpleName() + " has no " + InputFields.BEGIN + " ... " + InputFields.END
					+ " lines");
				if (regenerate) InputFields.rewrite(cls, e.getValue());
				else if (!current.equals(InputFields.fields(e.getValue()))) stale.add(cls.getSimpleName());
			}
		}
		assertEquals(List.of(), stale, "inputs differ from their declared keys; regenerate them with"
			+ " mvn -o test -Dtest=InputFieldsTest -Dregenerate=true");
	}
}
