package org.neurotd.ij1.plugins;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.neurotd.params.InvalidParameterException;

/**
 * ImageJ macro options ({@code key=value key=[a value] flag}) as a list of key/value pairs,
 * so the twins can reject unknown keys and read booleans written either way.
 */
final class MacroOptions {

	/** One option; {@code value} is null for a bare key. */
	record Option(String key, String value) {

		@Override
		public String toString() {
			if (value == null) return key;
			return key + "=" + (value.isEmpty() || value.contains(" ") ? "[" + value + "]" : value);
		}
	}

	private final List<Option> options;

	private MacroOptions(List<Option> options) {
		this.options = options;
	}

	/** Splits an options string; a bracketed value may hold spaces. */
	static MacroOptions parse(String text) {
		List<Option> list = new ArrayList<>();
		int i = 0, n = text.length();
		while (i < n) {
			if (text.charAt(i) == ' ') {
				i++;
				continue;
			}
			int end = i;
			while (end < n && text.charAt(end) != ' ' && text.charAt(end) != '=') end++;
			String key = text.substring(i, end).toLowerCase(Locale.US);
			if (end >= n || text.charAt(end) == ' ') {
				list.add(new Option(key, null));
				i = end;
				continue;
			}
			int start = end + 1;
			if (start < n && text.charAt(start) == '[') {
				int close = text.indexOf(']', start);
				if (close < 0) close = n;
				list.add(new Option(key, text.substring(start + 1, close)));
				i = close + 1;
			}
			else {
				int stop = text.indexOf(' ', start);
				if (stop < 0) stop = n;
				list.add(new Option(key, text.substring(start, stop)));
				i = stop;
			}
		}
		return new MacroOptions(list);
	}

	/** The value of {@code key}: null if absent, "" for a bare key. */
	String value(String key) {
		for (Option o : options) {
			if (o.key().equals(key)) return o.value() == null ? "" : o.value();
		}
		return null;
	}

	/**
	 * Fails, naming the key, on a key the command does not have (ImageJ itself would ignore a
	 * misspelt key and quietly use the default).
	 */
	void requireKnown(Set<String> known, String command) {
		for (Option o : options) {
			if (!known.contains(o.key())) {
				throw new InvalidParameterException(o.key(), "is not a parameter of " + command + "; its parameters: "
					+ String.join(", ", known));
			}
		}
	}

	/**
	 * The options as ImageJ's dialog reads booleans: a bare key for true ({@code key=true} as
	 * Fiji records it), nothing for false.
	 */
	String withBareBooleans(Set<String> booleanKeys) {
		List<String> out = new ArrayList<>();
		for (Option o : options) {
			if (!booleanKeys.contains(o.key()) || o.value() == null) {
				out.add(o.toString());
			}
			else if (o.value().equalsIgnoreCase("true")) {
				out.add(o.key());
			}
			else if (!o.value().equalsIgnoreCase("false")) {
				throw new InvalidParameterException(o.key(), o.value(), "true or false (or the bare key for true)");
			}
		}
		return String.join(" ", out);
	}
}
