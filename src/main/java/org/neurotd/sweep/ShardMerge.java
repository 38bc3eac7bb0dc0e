package org.neurotd.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.recording.SimulationParameters;

/**
 * Sweep shards on disk and their merge. A shard folder holds the shard's rows of sweep.csv (the
 * same rows, in the same format, as the whole sweep writes for those cells) and shard.txt,
 * which names the shard and the sweep it belongs to. Merging checks that the folders are all the
 * shards of one sweep and puts their rows back together; the means, tables and plot then come
 * out byte for byte as from the unsharded run, because CSV numbers are written in round-trip
 * form.
 */
public final class ShardMerge {

	/** The manifest file of a shard folder. */
	public static final String MANIFEST = "shard.txt";
	/** The rows file of a shard folder (and of a whole sweep). */
	public static final String ROWS = "sweep.csv";

	private static final String HEADER = "seed," + String.join(",", FlatteningMetrics.COLUMNS);

	private ShardMerge() {}

	/** A merged sweep: rows per seed, from {@code firstSeed} on. */
	public record Merged(long firstSeed, List<List<FlatteningMetrics>> rowsPerSeed) {}

	/** What identifies a sweep: every parameter that changes its numbers (not threads, not the shard). */
	public static String fingerprint(SimulationParameters base, int seeds, double[] losses,
		DegradationParameters lesion, ReadoutParameters readout)
	{
		return base + ";seeds=" + seeds + ";losses=" + Arrays.toString(losses) + ";" + lesion + ";" + readout;
	}

	/** The manifest text of one shard. */
	public static String manifest(Shard shard, int seeds, int levels, String fingerprint) {
		int cells = seeds * levels;
		return "# Dopamine TD loss-sweep shard: merge all shards with the merge command\n" + "shard=" + shard + "\n"
			+ "cells=" + (shard.end(cells) > shard.first(cells) ? shard.first(cells) + "-" + (shard.end(cells) - 1) : "none")
			+ " of " + cells + "\n" + "seeds=" + seeds + "\n" + "losses="
			+ levels + "\n" + "sweep=" + fingerprint + "\n";
	}

	/**
	 * Merges the shard folders (in any order).
	 *
	 * @throws InvalidParameterException naming {@code inputs} if they are not exactly the shards of
	 *           one sweep, each once
	 */
	public static Merged merge(List<Path> folders) {
		if (folders.isEmpty()) throw new InvalidParameterException("inputs", "(none)", "the shard output folders, comma-separated");
		Map<Integer, Path> byIndex = new LinkedHashMap<>();
		Map<String, String> first = null;
		for (Path folder : folders) {
			Map<String, String> m = readManifest(folder);
			if (first == null) first = m;
			for (String key : List.of("sweep", "seeds", "losses")) {
				if (!m.get(key).equals(first.get(key))) {
					throw new InvalidParameterException("inputs", folder + " is a shard of another sweep (its " + key
						+ " differs from " + folders.get(0) + ")");
				}
			}
			Shard shard = Shard.parse(m.get("shard"));
			if (shard.count() != Shard.parse(first.get("shard")).count()) {
				throw new InvalidParameterException("inputs", folder + " was split into a different number of shards");
			}
			if (byIndex.put(shard.index(), folder) != null) {
				throw new InvalidParameterException("inputs", "shard " + shard + " is given twice");
			}
		}
		int count = Shard.parse(first.get("shard")).count();
		List<Integer> missing = new ArrayList<>();
		for (int i = 0; i < count; i++) if (!byIndex.containsKey(i)) missing.add(i);
		if (!missing.isEmpty()) throw new InvalidParameterException("inputs", "shards " + missing + " of " + count + " are missing");
		int seeds = Integer.parseInt(first.get("seeds"));
		int levels = Integer.parseInt(first.get("losses"));
		return group(rows(byIndex, count, seeds, levels), seeds, levels);
	}

	private static List<double[]> rows(Map<Integer, Path> byIndex, int count, int seeds, int levels) {
		List<double[]> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Shard shard = new Shard(i, count);
			List<double[]> part = readRows(byIndex.get(i));
			int expected = shard.end(seeds * levels) - shard.first(seeds * levels);
			if (part.size() != expected) {
				throw new InvalidParameterException("inputs", byIndex.get(i) + " holds " + part.size() + " rows; shard "
					+ shard + " has " + expected + " (an unfinished shard?)");
			}
			rows.addAll(part);
		}
		return rows;
	}

	private static Merged group(List<double[]> rows, int seeds, int levels) {
		List<List<FlatteningMetrics>> perSeed = new ArrayList<>(seeds);
		for (int s = 0; s < seeds; s++) {
			List<FlatteningMetrics> seed = new ArrayList<>(levels);
			for (int l = 0; l < levels; l++) {
				double[] r = rows.get(s * levels + l);
				seed.add(FlatteningMetrics.of(Arrays.copyOfRange(r, 1, r.length)));
			}
			perSeed.add(seed);
		}
		return new Merged((long) rows.get(0)[0], perSeed);
	}

	private static Map<String, String> readManifest(Path folder) {
		Map<String, String> m = new LinkedHashMap<>();
		for (String line : read(folder.resolve(MANIFEST))) {
			int eq = line.indexOf('=');
			if (!line.startsWith("#") && eq > 0) m.put(line.substring(0, eq), line.substring(eq + 1));
		}
		for (String key : List.of("shard", "seeds", "losses", "sweep")) {
			if (!m.containsKey(key)) throw new InvalidParameterException("inputs", folder + "/" + MANIFEST + " has no " + key);
		}
		return m;
	}

	private static List<double[]> readRows(Path folder) {
		List<String> lines = read(folder.resolve(ROWS));
		if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
			throw new InvalidParameterException("inputs", folder.resolve(ROWS) + " is not a sweep table");
		}
		List<double[]> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			double[] r = new double[cells.length];
			try {
				for (int c = 0; c < cells.length; c++) r[c] = cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]);
			}
			catch (NumberFormatException e) {
				throw new InvalidParameterException("inputs", folder.resolve(ROWS) + " has a bad row: " + line);
			}
			if (r.length != 1 + FlatteningMetrics.COLUMNS.size()) throw new InvalidParameterException("inputs", folder.resolve(ROWS) + " has a bad row: " + line);
			rows.add(r);
		}
		return rows;
	}

	private static List<String> read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new InvalidParameterException("inputs", file.getParent() + " is not a sweep shard folder (no "
				+ file.getFileName() + ")");
		}
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new InvalidParameterException("inputs", "cannot read " + file + ": " + e.getMessage());
		}
	}
}
