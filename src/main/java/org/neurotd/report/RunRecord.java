package org.neurotd.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neurotd.Version;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/**
 * {@code run.properties}, written beside every command's outputs: the tool version, the command,
 * every parameter that shapes the results (seed included) and, for commands that read a
 * recording, that recording's own metadata. It is what {@code reproduce} re-runs from. It holds
 * no date or path, so the same run writes the same bytes.
 *
 * @param toolVersion the version that wrote it
 * @param command the command's class name
 * @param parameters parameter values by macro/command-line key
 * @param recording the input recording's metadata lines ({@code key = value}), or empty
 * @param outputs the files the run wrote beside it
 */
public record RunRecord(String toolVersion, String command, Map<String, String> parameters, Map<String, String> recording,
	List<String> outputs)
{
	/** The file name. */
	public static final String FILE = "run.properties";

	private static final String HEADER = "# Dopamine TD run; 'java -jar dopamine-td.jar reproduce <this folder>' re-runs it";
	private static final String PARAMETER = "parameter.", RECORDING = "recording.";

	/** A record of a run of {@code command} by this version. */
	public static RunRecord of(String command, Map<String, String> parameters, Map<String, String> recording,
		List<String> outputs)
	{
		return new RunRecord(Version.get(), command, parameters, recording, outputs);
	}

	/**
	 * The values that shape a run's results, by key (sorted), as run.properties records them:
	 * every number, flag and word of {@code keys} except the execution-only ones.
	 */
	public static Map<String, String> parameters(List<Key<?>> keys, Values values) {
		Map<String, String> m = new TreeMap<>();
		for (Key<?> k : keys) {
			if (k.isValue() && !k.isExecutionOnly()) m.put(k.name(), k.text(values.get(k)));
		}
		return m;
	}

	/** The file's text. */
	public String text() {
		StringBuilder sb = new StringBuilder(HEADER).append('\n');
		line(sb, "tool_version", toolVersion);
		line(sb, "command", command);
		line(sb, "outputs", String.join(",", outputs));
		parameters.forEach((k, v) -> line(sb, PARAMETER + k, v));
		recording.forEach((k, v) -> line(sb, RECORDING + k, v));
		return sb.toString();
	}

	private static void line(StringBuilder sb, String key, String value) {
		sb.append(key).append(" = ").append(value).append('\n');
	}

	/**
	 * Reads a run record.
	 *
	 * @param parameter the parameter to blame when the file is missing or broken
	 */
	public static RunRecord read(Path file, String parameter) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new InvalidParameterException(parameter, file, "a readable " + FILE + " written by Dopamine TD");
		}
		if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
			throw new InvalidParameterException(parameter, file, "a " + FILE + " written by Dopamine TD (it starts with '"
				+ HEADER + "')");
		}
		Map<String, String> top = new LinkedHashMap<>(), parameters = new LinkedHashMap<>(), recording = new LinkedHashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			int eq = line.indexOf(" = ");
			if (eq <= 0) continue;
			String key = line.substring(0, eq), value = line.substring(eq + 3);
			if (key.startsWith(PARAMETER)) parameters.put(key.substring(PARAMETER.length()), value);
			else if (key.startsWith(RECORDING)) recording.put(key.substring(RECORDING.length()), value);
			else top.put(key, value);
		}
		for (String key : List.of("tool_version", "command", "outputs")) {
			if (!top.containsKey(key)) throw new InvalidParameterException(parameter, file + " is corrupted: no '" + key + "'");
		}
		List<String> outputs = new ArrayList<>(Arrays.asList(top.get("outputs").split(",")));
		outputs.removeIf(String::isEmpty);
		return new RunRecord(top.get("tool_version"), top.get("command"), parameters, recording, outputs);
	}

	/** The input recording's metadata as an image Info text, or null when the run read none. */
	public String recordingMetadata(String header) {
		if (recording.isEmpty()) return null;
		StringBuilder sb = new StringBuilder(header).append('\n');
		recording.forEach((k, v) -> line(sb, k, v));
		return sb.toString();
	}
}
