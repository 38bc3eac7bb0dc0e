package org.neurotd.commands;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * The Dopamine TD commands, found in SciJava's plugin index (the {@code @Plugin} annotations):
 * each command's {@code name} is its command-line name, and {@code priority} orders the list
 * (highest first), so a new command needs no list kept by hand.
 */
public final class CommandIndex {

	private CommandIndex() {}

	/** The commands by command-line name, in {@code --help} order. */
	public static Map<String, CommandInfo> byName(CommandService commands) {
		Map<String, CommandInfo> byName = new LinkedHashMap<>();
		commands.getCommands().stream().filter(CommandIndex::ours)
			.sorted(Comparator.comparingDouble(CommandInfo::getPriority).reversed())
			.forEach(info -> {
				String name = info.getName();
				if (name == null || name.isEmpty()) {
					throw new IllegalStateException(info.getClassName() + " has no @Plugin(name = ...) for the command line");
				}
				if (byName.put(name, info) != null) throw new IllegalStateException("two commands named " + name);
			});
		return byName;
	}

	private static boolean ours(CommandInfo info) {
		try {
			return info.getClassName().startsWith(DopamineCommand.class.getPackageName() + ".")
				&& DopamineCommand.class.isAssignableFrom(info.loadClass());
		}
		catch (org.scijava.InstantiableException e) {
			return false;
		}
	}

	/** A command's declared keys, from a fresh instance (its defaults). */
	public static DopamineCommand instance(CommandInfo info) {
		try {
			return (DopamineCommand) info.loadClass().getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException | org.scijava.InstantiableException e) {
			throw new IllegalStateException("cannot instantiate " + info.getClassName(), e);
		}
	}
}
