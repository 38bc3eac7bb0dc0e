package org.neurotd.bench;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.neurotd.params.Key;

/** The keys of the benchmark, declared once. */
public final class BenchKeys {

	private BenchKeys() {}

	/** Peers run in the same invocation. */
	public static final Key<String> PEERS = Key.text("peers", "").label("Peers").describe("Comma-separated peers run in"
		+ " the same invocation: numpy, brian2 (Cython), brian2-numpy, brian2-cpp_standalone (empty = none)");
	/** Where the peer scripts are (changes where, not what: left out of run.properties). */
	public static final Key<String> PEER_DIR = Key.text("peer_dir", "").label("Peer folder").executionOnly()
		.describe("Folder of the peer scripts (empty = $DOPAMINE_TD_PEERS, else ../shared/peers)");
	/** The peers' interpreter. */
	public static final Key<String> PYTHON = Key.text("python", "/usr/bin/python3").label("Python").executionOnly()
		.describe("Python interpreter for the peers");
	/** Workloads. */
	public static final Key<String> SIZES = Key.text("sizes", Arrays.stream(Workload.PEER_SIZES).map(Workload::name)
		.collect(Collectors.joining(","))).label("Workloads").describe("Workloads NEURONSxTRIALS, comma-separated (empty ="
			+ " none)");
	/** Calcium-imaging movies. */
	public static final Key<String> MOVIES = Key.text("movies", "").label("Movies").describe("Calcium-imaging movies"
		+ " WIDTHxHEIGHTxFRAMES to synthesise, comma-separated, e.g. 256x256x1800 (empty = none); written to movies.csv");
	/** Timed runs. */
	public static final Key<Integer> REPEATS = Key.integer("repeats", 5, 1, 1000).label("Repeats")
		.describe("Timed runs per workload; medians are reported");
	/** Untimed runs. */
	public static final Key<Integer> WARMUPS = Key.integer("warmups", 10, 0, 1000).label("Warm-ups")
		.describe("Untimed runs first, for the JIT compiler");
	/** Whole-process timing. */
	public static final Key<String> PROCESS = Key.choice("process", "auto", "auto", "true", "false")
		.label("Process times").describe("Also time whole processes (JVM or Python start included) at the first size;"
			+ " auto = when peers are given");
}
