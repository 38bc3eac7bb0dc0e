package org.neurotd.recording;

import java.util.Arrays;

import org.neurotd.params.InvalidParameterException;

/** Ascending neuron indices as compact ranges, e.g. {@code 0-3,5,9-12}. */
final class IndexRanges {

	private IndexRanges() {}

	static String format(int[] ascending) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < ascending.length; ) {
			int j = i;
			while (j + 1 < ascending.length && ascending[j + 1] == ascending[j] + 1) j++;
			if (sb.length() > 0) sb.append(',');
			sb.append(ascending[i]);
			if (j > i) sb.append('-').append(ascending[j]);
			i = j + 1;
		}
		return sb.toString();
	}

	static int[] parse(String text, int size) {
		if (text.isEmpty()) return new int[0];
		int[] out = new int[size];
		int n = 0;
		try {
			for (String part : text.split(",")) {
				int dash = part.indexOf('-');
				int from = Integer.parseInt(dash < 0 ? part : part.substring(0, dash));
				int to = dash < 0 ? from : Integer.parseInt(part.substring(dash + 1));
				for (int i = from; i <= to; i++) {
					if (i < 0 || i >= size || (n > 0 && i <= out[n - 1])) throw bad(text);
					out[n++] = i;
				}
			}
		}
		catch (NumberFormatException e) {
			throw bad(text);
		}
		return Arrays.copyOf(out, n);
	}

	private static InvalidParameterException bad(String text) {
		String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
		return new InvalidParameterException("recording", "has corrupted metadata: survivors = '" + shown + "'");
	}
}
