package org.neurotd.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neurotd.bench.Benchmark;
import org.neurotd.bench.Measurement;
import org.neurotd.bench.MovieWorkload;
import org.neurotd.bench.Peer;
import org.neurotd.bench.Workload;
import org.neurotd.bench.BenchKeys;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.params.Values;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.RunRecord;
import org.neurotd.report.SafeFiles;

/**
 * {@code bench}: times generation, degradation and decoding on the peers' workloads and, with
 * {@code peers=}, runs the peer scripts in the same invocation for side-by-side ratios. Runs
 * without a SciJava context so that the process start it measures stays small.
 */
final class Bench {

	static final String DESCRIPTION = "Time generation, degradation and decoding against the numpy and Brian2 peers,"
		+ " and calcium-movie synthesis against its photon draws";

	/** The keys bench takes. */
	static final List<Key<?>> KEYS = List.of(RunKeys.OUTPUT, BenchKeys.PEERS, BenchKeys.PEER_DIR, BenchKeys.PYTHON,
		BenchKeys.SIZES, BenchKeys.MOVIES, BenchKeys.REPEATS, BenchKeys.WARMUPS, RunKeys.THREADS, RunKeys.OVERWRITE, BenchKeys.PROCESS);

	private static final String HEADER = "workload,neurons,trials,spikes,generate_s,degrade_s,decode_s,spikes_per_s,"
		+ "peer,peer_s,ratio";

	private static final String MOVIES_FILE = "movies.csv";
	private static final String MOVIES_HEADER = "stage,width,height,frames,cells,threads,setup_s,seconds,"
		+ "ns_per_pixel_frame,draw_ns,ratio_to_draw,cpu_ns_per_pixel_frame,draw_cpu_ns,held_mb";

	private final PrintStream out;
	private final PrintStream err;

	Bench(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	int run(String[] args) {
		if (List.of(args).contains("--help")) {
			out.print(Help.text("bench", DESCRIPTION, KEYS, null));
			return 0;
		}
		Values in = KeyValues.values("bench", args, KEYS);
		String output = in.has(RunKeys.OUTPUT) ? (String) in.asMap().get(RunKeys.OUTPUT.name()) : null;
		OutputFolder folder = output == null ? null : OutputFolder.prepare(Path.of(output), in.get(RunKeys.OVERWRITE),
			List.of("bench.csv", "process.csv", MOVIES_FILE, RunRecord.FILE));
		Workload[] sizes = in.get(BenchKeys.SIZES).isBlank() ? new Workload[0] : Workload.parse(in.get(BenchKeys.SIZES));
		MovieWorkload[] movies = MovieWorkload.parse(in.get(BenchKeys.MOVIES));
		int repeats = in.get(BenchKeys.REPEATS);
		int warmups = in.get(BenchKeys.WARMUPS);
		int workers = RunKeys.threads(in.get(RunKeys.THREADS));
		List<Peer> peers = peers(in);
		String process = in.get(BenchKeys.PROCESS);
		boolean timeProcesses = sizes.length > 0
			&& (process.equals("auto") ? !peers.isEmpty() : Boolean.parseBoolean(process));

		err.println("bench: " + workers + " thread(s), " + warmups + " warm-up(s), median of " + repeats
			+ " run(s); peers: " + (peers.isEmpty() ? "none" : String.join(", ", peers.stream().map(Peer::name).toList())));
		if (sizes.length > 0) for (Peer p : peers) p.run(sizes[0]); // untimed: Brian2 builds its Cython cache on a first run
		StringBuilder csv = new StringBuilder(HEADER).append('\n');
		for (Workload w : sizes) {
			Measurement m = Benchmark.measure(w, workers, warmups, repeats, 1);
			if (peers.isEmpty()) csv.append(row(m, "", Double.NaN));
			for (Peer p : peers) csv.append(row(m, p.name(), peerSeconds(p, w, repeats)));
			err.println("bench: " + w.name() + " done (" + fixed(m.bytesPerSpike(), 1) + " bytes per spike held)");
		}
		List<String> written = new ArrayList<>();
		if (sizes.length > 0) {
			out.print(CsvText.table(csv.toString()));
			written.add("bench.csv");
			if (folder != null) folder.text("bench.csv", csv.toString());
		}
		if (movies.length > 0) {
			String moviesCsv = movies(movies, workers, warmups, repeats);
			out.print(CsvText.table(moviesCsv));
			written.add(MOVIES_FILE);
			if (folder != null) folder.text(MOVIES_FILE, moviesCsv);
		}
		if (timeProcesses) {
			String processCsv = processTimes(sizes[0], peers, repeats);
			out.println();
			out.print(CsvText.table(processCsv));
			if (folder != null) folder.text("process.csv", processCsv);
			written.add("process.csv");
		}
		if (folder == null) return 0;
		folder.text(RunRecord.FILE, RunRecord.of("bench", RunRecord.parameters(KEYS, in), Map.of(), written).text());
		folder.commit();
		out.println("outputs written to " + folder.path());
		return 0;
	}

	/** The calcium-imaging synthesis of each movie size, a row each. */
	private String movies(MovieWorkload[] movies, int workers, int warmups, int repeats) {
		StringBuilder csv = new StringBuilder(MOVIES_HEADER).append('\n');
		for (MovieWorkload w : movies) {
			MovieWorkload.Timing t = w.measure(workers, warmups, repeats);
			double ns = t.nsPerPixelFrame(w), draw = t.drawNs(w);
			csv.append(String.join(",", "synthesis", Integer.toString(w.width()), Integer.toString(w.height()),
				Integer.toString(t.frames()), Integer.toString(t.cells()), Integer.toString(workers), fixed(t.setupS(), 4),
				fixed(t.synthesisS(), 4), fixed(ns, 3), fixed(draw, 3), fixed(ns / draw, 2),
				fixed(t.cpuNsPerPixelFrame(w), 3), fixed(t.drawCpuNs(w), 3), fixed(t.heldBytes() / 1e6, 2)))
				.append('\n');
			err.println("bench: movie " + w.name() + " done");
		}
		return csv.toString();
	}

	private List<Peer> peers(Values in) {
		List<Peer> peers = new ArrayList<>();
		String names = in.get(BenchKeys.PEERS).trim();
		if (names.isEmpty()) return peers;
		String dir = in.get(BenchKeys.PEER_DIR).isBlank()
			? System.getenv().getOrDefault("DOPAMINE_TD_PEERS", "../shared/peers") : in.get(BenchKeys.PEER_DIR);
		String python = in.get(BenchKeys.PYTHON);
		for (String name : names.split(",")) peers.add(Peer.of(name, Path.of(dir), python));
		return peers;
	}

	private static double peerSeconds(Peer p, Workload w, int repeats) {
		double[] s = new double[repeats];
		for (int r = 0; r < repeats; r++) s[r] = p.run(w).ownS();
		return Benchmark.median(s);
	}

	private static String row(Measurement m, String peer, double peerS) {
		double ours = m.generateAndDecodeS();
		Workload w = m.workload();
		return String.join(",", w.name(), Integer.toString(w.neurons()), Integer.toString(w.trials()),
			Long.toString(m.spikes()), fixed(m.generateS(), 6), fixed(m.degradeS(), 6), fixed(m.decodeS(), 6),
			fixed(m.spikesPerS(), 0), peer, Double.isNaN(peerS) ? "" : fixed(peerS, 4),
			Double.isNaN(peerS) ? "" : fixed(peerS / ours, 1)) + "\n";
	}

	/**
	 * {@code x} with {@code decimals} digits after the point (BigDecimal rather than a
	 * Formatter: no locale data to load, which would show in the start-up being measured).
	 */
	static String fixed(double x, int decimals) {
		return new BigDecimal(x).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
	}

	/**
	 * Whole-process wall times at one size, interpreter or JVM start included: this command run
	 * once in a fresh JVM (one run, no warm-up) against each peer's process. The programs take
	 * turns within each repeat, so a machine that speeds up or slows down over the minutes of a
	 * benchmark weighs on all of them alike.
	 */
	private String processTimes(Workload w, List<Peer> peers, int repeats) {
		double[][] s = new double[1 + peers.size()][repeats];
		for (int r = 0; r < repeats; r++) {
			s[0][r] = ownProcess(w);
			for (int p = 0; p < peers.size(); p++) s[1 + p][r] = peers.get(p).run(w).processS();
		}
		StringBuilder csv = new StringBuilder("program,workload,process_s\n");
		for (int p = 0; p < s.length; p++) {
			String program = p == 0 ? "dopamine-td" : peers.get(p - 1).name();
			csv.append(program + "," + w.name() + "," + fixed(Benchmark.median(s[p]), 3) + "\n");
		}
		return csv.toString();
	}

	private static double ownProcess(Workload w) {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path tmp = null;
		try {
			tmp = Files.createTempDirectory("dopamine-td-bench");
			List<String> cmd = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "bench",
				"output=" + tmp, "sizes=" + w.name(), "repeats=1", "warmups=0", "process=false");
			long t0 = System.nanoTime();
			Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			int status = p.waitFor();
			double s = (System.nanoTime() - t0) / 1e9;
			if (status != 0) throw new IllegalStateException("bench in a fresh JVM failed (exit " + status + ")");
			return s;
		}
		catch (IOException e) {
			throw new IllegalStateException("could not start a fresh JVM: " + e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
		finally {
			SafeFiles.deleteTree(tmp);
		}
	}
}
