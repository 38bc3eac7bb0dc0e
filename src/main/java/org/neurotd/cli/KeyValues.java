package org.neurotd.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurotd.params.Key;
import org.neurotd.params.Values;

/**
 * The {@code key=value} arguments of a command-line command, checked against its declared keys:
 * an unknown key or a malformed argument is a usage error naming it, and a flag key alone
 * ({@code compensation}) means {@code compensation=true}, as in a macro.
 */
final class KeyValues {

	private KeyValues() {}

	/**
	 * The given keys' values, typed and checked by their declarations (paths stay text), for the
	 * commands that run without SciJava (bench, merge).
	 */
	static Values values(String command, String[] args, List<Key<?>> keys) {
		Values v = Values.none();
		for (Map.Entry<String, String> e : parse(command, args, keys, List.of()).entrySet()) {
			Key<?> k = keys.stream().filter(key -> key.name().equals(e.getKey())).findFirst().orElseThrow();
			v = with(v, k, e.getValue());
		}
		return v;
	}

	@SuppressWarnings("unchecked")
	private static <T> Values with(Values v, Key<T> key, String text) {
		return v.with(key, key.isValue() ? key.parse(text) : (T) text);
	}

	/**
	 * The text value of each given key, in order.
	 *
	 * @param keys the command's keys
	 * @param options front-end keys accepted besides (e.g. progress)
	 */
	static Map<String, String> parse(String command, String[] args, List<Key<?>> keys, List<Key<?>> options) {
		Map<String, Key<?>> known = new LinkedHashMap<>();
		for (Key<?> k : keys) known.put(k.name(), k);
		for (Key<?> k : options) known.put(k.name(), k);
		Map<String, String> in = new LinkedHashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			String key = eq < 0 ? arg : arg.substring(0, eq);
			Key<?> k = known.get(key);
			if (eq == 0 || k == null && eq < 0) {
				throw new UsageException("expected key=value, got '" + arg + "' (see " + command + " --help)");
			}
			if (k == null) {
				List<String> names = new ArrayList<>(known.keySet());
				throw new UsageException("unknown parameter '" + key + "' for " + command + "; known: "
					+ String.join(", ", names));
			}
			if (eq < 0 && k.type() != Key.Type.FLAG) {
				throw new UsageException(key + " needs a value: " + key + "=... (" + k.allowed() + ")");
			}
			in.put(key, eq < 0 ? "true" : arg.substring(eq + 1));
		}
		return in;
	}
}
