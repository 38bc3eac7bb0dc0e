package org.neurotd.calcium;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neurotd.params.InvalidParameterException;

/**
 * The true spikes of a simulated movie's cells, as Simulate Calcium Imaging writes them beside
 * the movie: cells.csv (roi,name,population,neuron,...) and spikes.csv
 * (roi,trial,time_ms,movie_ms,frame), ROIs numbered from 1 in the ROI set's order.
 *
 * @param names each cell's ROI name, in ROI order
 * @param spikes each cell's spikes as {trial, time within the trial in ms, time in the movie in ms}
 */
public record GroundTruth(List<String> names, List<List<double[]>> spikes) {

	/** The cells table's name. */
	public static final String CELLS = "cells.csv";
	/** The spikes table's name. */
	public static final String SPIKES = "spikes.csv";

	/** Number of cells. */
	public int cells() {
		return names.size();
	}

	/** Cell {@code roi}'s (0-based) spike times in movie time. */
	public double[] movieTimes(int roi) {
		return spikes.get(roi).stream().mapToDouble(s -> s[2]).toArray();
	}

	/** The truth in {@code folder}, or null when either table is missing. */
	public static GroundTruth in(Path folder) {
		Path cells = folder.resolve(CELLS), spikes = folder.resolve(SPIKES);
		if (!Files.isRegularFile(cells) || !Files.isRegularFile(spikes)) return null;
		try {
			List<String> names = new ArrayList<>();
			for (String[] row : rows(cells, "roi", "name")) {
				int roi = Integer.parseInt(row[0]);
				if (roi != names.size() + 1) throw new NumberFormatException("rois out of order at " + roi);
				names.add(row[1]);
			}
			List<List<double[]>> perCell = new ArrayList<>();
			for (int i = 0; i < names.size(); i++) perCell.add(new ArrayList<>());
			for (String[] row : rows(spikes, "roi", "trial", "time_ms", "movie_ms")) {
				perCell.get(Integer.parseInt(row[0]) - 1).add(new double[] { Integer.parseInt(row[1]),
					Double.parseDouble(row[2]), Double.parseDouble(row[3]) });
			}
			return new GroundTruth(List.copyOf(names), perCell);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		catch (RuntimeException e) {
			throw new InvalidParameterException("movie", "has unreadable ground truth beside it (" + CELLS + ", "
				+ SPIKES + "): " + e.getMessage());
		}
	}

	/** The named columns of a CSV with a header line, row by row. */
	private static List<String[]> rows(Path csv, String... columns) throws IOException {
		List<String> lines = Files.readAllLines(csv);
		Map<String, Integer> index = new HashMap<>();
		String[] header = lines.get(0).split(",");
		for (int i = 0; i < header.length; i++) index.put(header[i].trim(), i);
		int[] at = new int[columns.length];
		for (int c = 0; c < columns.length; c++) {
			Integer i = index.get(columns[c]);
			if (i == null) throw new IllegalArgumentException(csv.getFileName() + " has no column " + columns[c]);
			at[c] = i;
		}
		List<String[]> out = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) continue;
			String[] cells = line.split(",");
			String[] row = new String[columns.length];
			for (int c = 0; c < columns.length; c++) row[c] = cells[at[c]].trim();
			out.add(row);
		}
		return out;
	}
}
