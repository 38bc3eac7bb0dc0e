package org.neurotd.imagej;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.neurotd.params.InvalidParameterException;

/**
 * ImageJ macro options ({@code key=value key=[a value] flag}) as a list of key/value pairs,
 * so the ImageJ 1.x entry and the Fiji macro preprocessor can reject unknown keys, tell an
 * omitted key from a given one, and read booleans written either way.
 */
final class MacroOptions {

	/** One option; {@code value} is null for a bare key. */
	record Option(String key, String value) {}

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
}
