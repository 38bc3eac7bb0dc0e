package org.neurotd.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurotd.decode.ReadoutParameters;
import org.neurotd.ij1.SweepOutputs;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.RunRecord;
import org.neurotd.sweep.ShardMerge;

/**
 * {@code merge}: puts the shards of a loss sweep back together into the files the unsharded
 * sweep writes (flattening.csv, sweep.csv, flattening.png), byte for byte the same.
 */
final class Merge {

	static final String DESCRIPTION = "Merge the shard folders of a loss sweep (sweep shard=i/n) into its outputs";

	private static final Map<String, String> KEYS = new LinkedHashMap<>();
	static {
		KEYS.put("inputs", "comma-separated shard output folders (all shards of one sweep, any order), required");
		KEYS.put("output", "DIR, required: where flattening.csv, sweep.csv and flattening.png go");
		KEYS.put("overwrite", "replace those files if they exist (default false)");
	}

	private final PrintStream out;

	Merge(PrintStream out) {
		this.out = out;
	}

	int run(String[] args) {
		if (List.of(args).contains("--help")) {
			StringBuilder sb = new StringBuilder("merge: " + DESCRIPTION + "\n\nparameters (key=value):\n");
			KEYS.forEach((k, v) -> sb.append(String.format("  %-8s %s%n", k, v)));
			out.print(sb);
			return 0;
		}
		Map<String, String> in = Arguments.parse("merge", args, KEYS.keySet());
		for (String key : List.of("inputs", "output")) {
			if (!in.containsKey(key)) throw new UsageException(key + " is required on the command line (merge --help)");
		}
		List<Path> shards = Arrays.stream(in.get("inputs").split(",")).map(String::trim).filter(s -> !s.isEmpty())
			.map(Path::of).toList();
		ShardMerge.Merged merged = ShardMerge.merge(shards);
		OutputFolder folder = OutputFolder.prepare(Path.of(in.get("output")), Arguments.bool(in, "overwrite", false),
			List.of("flattening.csv", "sweep.csv", "flattening.png"));
		String readout = RunRecord.read(shards.get(0).resolve(RunRecord.FILE), "inputs").parameters()
			.getOrDefault("readout", ReadoutParameters.defaults().readout().key());
		SweepOutputs.stage(folder, merged.rowsPerSeed(), merged.firstSeed(), readout);
		folder.commit();
		out.print("Flattening of value with loss (means over " + merged.rowsPerSeed().size() + " seed(s)):\n"
			+ SweepOutputs.flattening(merged.rowsPerSeed()).toText());
		out.println("merged " + shards.size() + " shard(s); outputs written to " + folder.path());
		return 0;
	}
}
