package org.neurotd.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.neurotd.params.InvalidParameterException;

/** key=value arguments of the commands that run without a SciJava context (bench, merge). */
final class Arguments {

	private Arguments() {}

	/** The arguments as a map; unknown keys and malformed arguments are usage errors. */
	static Map<String, String> parse(String command, String[] args, Set<String> known) {
		Map<String, String> in = new LinkedHashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (eq <= 0) throw new UsageException("expected key=value, got '" + arg + "' (see " + command + " --help)");
			String key = arg.substring(0, eq);
			if (!known.contains(key)) {
				throw new UsageException("unknown parameter '" + key + "' for " + command + "; known: " + String.join(", ", known));
			}
			in.put(key, arg.substring(eq + 1));
		}
		return in;
	}

	static int integer(Map<String, String> in, String key, int otherwise) {
		String v = in.get(key);
		if (v == null) return otherwise;
		try {
			return Integer.parseInt(v.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidParameterException(key, v, "an integer");
		}
	}

	static boolean bool(Map<String, String> in, String key, boolean otherwise) {
		String v = in.get(key);
		if (v == null) return otherwise;
		if (v.equalsIgnoreCase("true")) return true;
		if (v.equalsIgnoreCase("false")) return false;
		throw new InvalidParameterException(key, v, "true or false");
	}
}
