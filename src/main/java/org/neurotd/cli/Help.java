package org.neurotd.cli;

import java.util.List;

import org.neurotd.params.Key;

/**
 * The {@code COMMAND --help} text, from the command's declared keys: each key with its default,
 * unit, allowed values and meaning. Free of SciJava, so bench and merge use it without starting
 * a context.
 */
final class Help {

	private Help() {}

	/**
	 * The help of a command.
	 *
	 * @param output what the command writes to when no output is given, or null for nothing
	 */
	static String text(String name, String description, List<Key<?>> keys, String output) {
		StringBuilder sb = new StringBuilder(name + ": " + description
			+ "\n\nparameters (key=value; a flag alone, e.g. " + flagExample(keys) + ", means key=true):\n");
		for (Key<?> k : keys) {
			sb.append(String.format("  %-14s %s%n      %s%n", k.name(), summary(k, output), k.description()));
		}
		return sb.toString();
	}

	/** Inputs without a default: a recording or a file to read. */
	static boolean required(Key<?> k) {
		return k.type() == Key.Type.RECORDING || k.type() == Key.Type.FILE;
	}

	/** {@code default 500 ms; an integer from 0 to 60000 ms}, or {@code required: ...} for an input without default. */
	static String summary(Key<?> k, String output) {
		String unit = k.unit().isEmpty() ? "" : " " + k.unit();
		if (required(k)) return "required: " + (k.type() == Key.Type.RECORDING ? "a recording TIFF" : k.allowed());
		if (k.type() == Key.Type.FOLDER) {
			return "default " + (output != null ? output : "none (nothing is written)") + "; a folder";
		}
		String def = k.type() == Key.Type.TEXT && "".equals(k.defaultValue()) ? "empty" : k.text(k.defaultValue()) + unit;
		return "default " + def + "; " + k.allowed() + (k.range().isEmpty() ? "" : unit);
	}

	private static String flagExample(List<Key<?>> keys) {
		return keys.stream().filter(k -> k.type() == Key.Type.FLAG).map(Key::name).findFirst().orElse("overwrite");
	}
}
