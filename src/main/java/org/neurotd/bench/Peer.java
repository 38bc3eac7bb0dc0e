package org.neurotd.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neurotd.params.InvalidParameterException;

/**
 * A peer implementation of the same pipeline (a Python script from the peer baselines: plain
 * numpy, or Brian2 with one of its code generation targets), run as a separate process. The
 * script reports its own generation and decoding times, which exclude the interpreter's start.
 *
 * @param name as given in {@code peers=}: {@code numpy}, {@code brian2} (Cython) or
 *          {@code brian2-TARGET}
 * @param command the process to start, without the size arguments' values filled in
 */
public record Peer(String name, List<String> command) {

	/** What one peer run reported. */
	public record Run(long spikes, double generateS, double decodeS, double processS) {
		/** The peer's own generation plus decoding time. */
		public double ownS() {
			return generateS + decodeS;
		}
	}

	/** Trial length and seed of every peer run. */
	private static final int SEED = 1;

	/**
	 * The peer called {@code name}, its script found in {@code scripts}.
	 *
	 * @throws InvalidParameterException naming {@code peers} or {@code peer_dir}
	 */
	public static Peer of(String name, Path scripts, String python) {
		String n = name.trim().toLowerCase(Locale.ROOT);
		String script;
		String target = null;
		if (n.equals("numpy")) script = "numpy_poisson_td.py";
		else if (n.equals("brian2")) {
			script = "brian2_poisson_td.py";
			target = "cython";
		}
		else if (n.startsWith("brian2-") && List.of("cython", "numpy", "cpp_standalone").contains(n.substring(7))) {
			script = "brian2_poisson_td.py";
			target = n.substring(7);
		}
		else {
			throw new InvalidParameterException("peers", name,
				"a comma-separated list of numpy, brian2 (Cython), brian2-numpy, brian2-cpp_standalone");
		}
		Path file = scripts.resolve(script);
		if (!Files.isRegularFile(file)) {
			throw new InvalidParameterException("peer_dir", scripts, "the folder of the peer scripts (" + script
				+ " is not there)");
		}
		List<String> cmd = new ArrayList<>(List.of(python, file.toString()));
		if (target != null) cmd.add(target);
		return new Peer(n, cmd);
	}

	/** Runs the peer on workload {@code w} and reads what it reports. */
	public Run run(Workload w) {
		List<String> cmd = new ArrayList<>(command.subList(0, 2));
		cmd.addAll(List.of(String.valueOf(w.neurons()), String.valueOf(w.trials()),
			String.valueOf(Workload.DURATION_MS), String.valueOf(SEED)));
		cmd.addAll(command.subList(2, command.size()));
		long t0 = System.nanoTime();
		String output;
		int status;
		try {
			Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
			try (InputStream in = p.getInputStream()) {
				output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			status = p.waitFor();
		}
		catch (IOException e) {
			throw new IllegalStateException("could not start peer " + name + " (" + String.join(" ", cmd) + "): "
				+ e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while peer " + name + " ran", e);
		}
		double processS = (System.nanoTime() - t0) / 1e9;
		Map<String, String> values = parse(output);
		if (status != 0 || !values.containsKey("gen_wall_s") || !values.containsKey("decode_wall_s")) {
			throw new IllegalStateException("peer " + name + " failed (exit " + status + "): "
				+ String.join(" ", cmd) + "\n" + output);
		}
		return new Run(Long.parseLong(values.getOrDefault("total_spikes", "0")),
			Double.parseDouble(values.get("gen_wall_s")), Double.parseDouble(values.get("decode_wall_s")), processS);
	}

	/** The {@code key=value} lines of a peer's report. */
	static Map<String, String> parse(String output) {
		Map<String, String> values = new HashMap<>();
		for (String line : output.split("\\R")) {
			int eq = line.indexOf('=');
			if (eq > 0 && line.indexOf(' ') < 0) values.put(line.substring(0, eq), line.substring(eq + 1).trim());
		}
		return values;
	}
}
