package org.neurotd.commands;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neurotd.params.Key;

/**
 * Generates a command's SciJava {@code @Parameter} fields from its declared {@link
 * DopamineCommand#keys() keys}: label (with unit), description, range, step, choices and
 * default all come from the key. The fields sit between the {@link #BEGIN} and {@link #END}
 * lines of the command's source; InputFieldsTest compares them and rewrites them on request.
 */
final class InputFields {

	/** The line the generated fields start after. */
	static final String BEGIN = "// BEGIN DECLARED INPUTS";
	/** The line they end before. */
	static final String END = "// END DECLARED INPUTS";

	private static final int WIDTH = 120;

	private InputFields() {}

	/** The source file of a command class, from the project folder. */
	static Path source(Class<?> command) {
		return Path.of("src/main/java", command.getName().replace('.', '/') + ".java");
	}

	/** The lines between the markers of {@code source} (without the markers). */
	static String current(String source) {
		int b = source.indexOf(BEGIN), e = source.indexOf(END);
		if (b < 0 || e < b) return null;
		int from = source.indexOf('\n', b) + 1, to = source.lastIndexOf('\n', e) + 1;
		return source.substring(from, to);
	}

	/** {@code source} with the generated fields of {@code keys} between its markers. */
	static String regenerate(String source, List<Key<?>> keys) {
		int b = source.indexOf(BEGIN), e = source.indexOf(END);
		int from = source.indexOf('\n', b) + 1, to = source.lastIndexOf('\n', e) + 1;
		return source.substring(0, from) + fields(keys) + source.substring(to);
	}

	/** Rewrites the source file of {@code command}; returns whether it changed. */
	static boolean rewrite(Class<?> command, List<Key<?>> keys) {
		Path file = source(command);
		try {
			String before = Files.readString(file, StandardCharsets.UTF_8);
			String after = regenerate(before, keys);
			if (after.equals(before)) return false;
			Files.writeString(file, after, StandardCharsets.UTF_8);
			return true;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The field declarations of {@code keys}, one blank line apart. */
	static String fields(List<Key<?>> keys) {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < keys.size(); i++) {
			if (i > 0) sb.append('\n');
			sb.append(field(keys.get(i)));
		}
		return sb.toString();
	}

	/** One key's annotated field. */
	static String field(Key<?> k) {
		List<String> attributes = new ArrayList<>();
		attributes.add("label = " + literal(k.labelWithUnit()));
		attributes.add("description = " + literal(k.description()));
		if (k.min() != null) attributes.add("min = " + literal(Key.bound(k.min())));
		if (k.max() != null) attributes.add("max = " + literal(Key.bound(k.max())));
		if (k.stepSize() != null) attributes.add("stepSize = " + literal(Key.bound(k.stepSize())));
		if (!k.choices().isEmpty()) {
			attributes.add("choices = { " + String.join(", ", k.choices().stream().map(InputFields::literal).toList()) + " }");
		}
		if (k.type() == Key.Type.FOLDER) attributes.add("style = \"directory\"");
		boolean optional = k.type() == Key.Type.FOLDER || k.type() == Key.Type.TEXT && "".equals(k.defaultValue());
		if (optional) attributes.add("required = false");
		attributes.add("persist = false");
		String initial = initial(k);
		return wrap("\t@Parameter(", attributes, ")") + "\tprivate " + javaType(k) + " " + k.name()
			+ (initial == null ? "" : " = " + initial) + ";\n";
	}

	/** The Java type of a key's field. */
	static String javaType(Key<?> k) {
		return switch (k.type()) {
			case INTEGER -> "int";
			case LONG -> "long";
			case NUMBER -> "double";
			case FLAG -> "boolean";
			case TEXT, CHOICE -> "String";
			case FOLDER, FILE -> "File";
			case RECORDING -> "ImagePlus";
		};
	}

	private static String initial(Key<?> k) {
		Object v = k.defaultValue();
		if (v == null) return null;
		return switch (k.type()) {
			case NUMBER -> Key.bound((Double) v);
			case TEXT, CHOICE -> literal((String) v);
			default -> String.valueOf(v);
		};
	}

	private static String literal(String s) {
		return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	/** {@code open + a, b, c + close}, broken before an attribute where a line would pass the width. */
	private static String wrap(String open, List<String> attributes, String close) {
		StringBuilder sb = new StringBuilder();
		String line = open;
		for (int i = 0; i < attributes.size(); i++) {
			String a = attributes.get(i) + (i < attributes.size() - 1 ? "," : close);
			boolean fresh = line.equals(open) || line.equals("\t\t");
			String candidate = line + (line.equals(open) ? "" : line.equals("\t\t") ? "" : " ") + a;
			if (width(candidate) > WIDTH && !fresh) {
				sb.append(line).append('\n');
				line = "\t\t" + a;
				candidate = line;
			}
			line = candidate;
			while (width(line) > WIDTH && line.lastIndexOf(' ', WIDTH - 12) > line.indexOf('"')) {
				int cut = line.lastIndexOf(' ', WIDTH - 12); // a long text goes on as "..." + "..."
				sb.append(line, 0, cut).append("\"\n");
				line = "\t\t\t+ \"" + line.substring(cut);
			}
		}
		return sb.append(line).append('\n').toString();
	}

	private static int width(CharSequence s) {
		int w = 0;
		for (int i = 0; i < s.length(); i++) w += s.charAt(i) == '\t' ? 4 : 1;
		return w;
	}
}
