package org.neurotd.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neurotd.decode.ReadoutKeys;
import org.neurotd.ij1.SweepOutputs;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.params.Values;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.RunRecord;
import org.neurotd.sweep.ShardMerge;
import org.neurotd.sweep.SweepKeys;

/**
 * {@code merge}: puts the shards of a loss sweep back together into the files the unsharded
 * sweep writes (flattening.csv, sweep.csv, flattening.png and its run.properties), byte for byte
 * the same.
 */
final class Merge {

	static final String DESCRIPTION = "Merge the shard folders of a loss sweep (sweep shard=i/n) into its outputs";

	/** The keys merge takes. */
	static final List<Key<?>> KEYS = List.of(SweepKeys.SHARD_FOLDERS, RunKeys.OUTPUT, RunKeys.OVERWRITE);

	/** The files the unsharded sweep writes, run.properties last. */
	private static final List<String> OUTPUTS = List.of("flattening.csv", "sweep.csv", "flattening.png", RunRecord.FILE);

	private final PrintStream out;

	Merge(PrintStream out) {
		this.out = out;
	}

	int run(String[] args) {
		if (List.of(args).contains("--help")) {
			out.print(Help.text("merge", DESCRIPTION, KEYS, null));
			return 0;
		}
		Values in = KeyValues.values("merge", args, KEYS);
		List<Path> shards = Arrays.stream(in.get(SweepKeys.SHARD_FOLDERS).split(",")).map(String::trim)
			.filter(s -> !s.isEmpty()).map(Path::of).toList();
		if (shards.isEmpty()) throw new UsageException("inputs is required: the shard folders (merge --help)");
		ShardMerge.Merged merged = ShardMerge.merge(shards);
		Path first = shards.get(0).resolve(RunRecord.FILE);
		RunRecord shard = RunRecord.read(first, SweepKeys.SHARD_FOLDERS.name());
		String readout = shard.parameters().getOrDefault(ReadoutKeys.READOUT.name(), ReadoutKeys.READOUT.defaultValue());
		out.print("Flattening of value with loss (means over " + merged.rowsPerSeed().size() + " seed(s)):\n"
			+ SweepOutputs.flattening(merged.rowsPerSeed()).toText());
		if (!in.has(RunKeys.OUTPUT)) return 0;
		OutputFolder folder = OutputFolder.prepare(Path.of((String) in.asMap().get(RunKeys.OUTPUT.name())),
			in.get(RunKeys.OVERWRITE), OUTPUTS);
		SweepOutputs.stage(folder, merged.rowsPerSeed(), merged.firstSeed(), readout);
		folder.text(RunRecord.FILE, unsharded(first, shard, folder.staged()));
		folder.commit();
		out.println("merged " + shards.size() + " shard(s); outputs written to " + folder.path());
		return 0;
	}

	/**
	 * The run.properties the unsharded sweep writes: a shard's, with the whole sweep's shard value
	 * and outputs (its hypothesis lines kept), so that reproduce re-runs the whole sweep.
	 */
	private static String unsharded(Path file, RunRecord shard, List<String> outputs) {
		Map<String, String> parameters = new TreeMap<>(shard.parameters());
		parameters.put(SweepKeys.SHARD.name(), SweepKeys.SHARD.defaultValue());
		StringBuilder text = new StringBuilder(new RunRecord(shard.toolVersion(), shard.command(), parameters,
			shard.recording(), outputs).text());
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				if (line.startsWith("hypothesis.")) text.append(line).append('\n');
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return text.toString();
	}
}
