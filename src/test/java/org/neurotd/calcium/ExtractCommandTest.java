package org.neurotd.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.ExtractCalciumTraces;
import org.neurotd.commands.HeadlessRun;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/**
 * Extract Calcium Traces run headless on movies written for the test (not by the imaging
 * simulator): the numbers it writes against the movie's known cells.
 */
class ExtractCommandTest {

	private static final double FRAME_MS = 1000.0 / 30, TAU_MS = 150, AMPLITUDE = 0.4;
	private static final int[] X = { 16, 48, 16, 48 }, Y = { 16, 16, 48, 48 };

	/** One spike every 3 s in cell 1, Poisson spikes at 2 Hz in the others. */
	private static SyntheticMovie movie() {
		SyntheticMovie m = SyntheticMovie.poisson(64, 64, 900, FRAME_MS, X, Y, 4, 2, 5);
		int[] isolated = new int[m.frames()];
		for (int f = 45; f < isolated.length; f += 90) isolated[f] = 1;
		m.spikes()[0] = isolated;
		return m;
	}

	private static Path write(SyntheticMovie m, Path dir, double noise, double swing) throws Exception {
		Files.createDirectories(dir);
		SyntheticMovie.save(m.image(AMPLITUDE, TAU_MS, noise, swing, 9), dir.resolve("movie.tif"));
		m.writeRois(dir.resolve("rois.zip"));
		return dir.resolve("movie.tif");
	}

	@Test
	void isolatedCellsDffHasTheKernelsAmplitudeAndDecay(@TempDir Path dir) throws Exception {
		SyntheticMovie m = movie();
		Path tif = write(m, dir, 0, 0.3);
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			// r = 1: the neuropil lies under the cell as fully as around it in this movie
			HeadlessRun.completed(commands, ExtractCalciumTraces.class, "movie", tif.toString(), "rois",
				dir.resolve("rois.zip").toString(), "r", 1.0, "tau_ms", TAU_MS, "output", dir.resolve("r1").toFile());
			HeadlessRun.completed(commands, ExtractCalciumTraces.class, "movie", tif.toString(), "rois",
				dir.resolve("rois.zip").toString(), "r", 0.0, "tau_ms", TAU_MS, "output", dir.resolve("r0").toFile());
		}
		double[] dff = column(dir.resolve("r1/traces.csv"), 1, "dff");
		double[] peaks = new double[9];
		double decaySum = 0;
		for (int k = 0; k < peaks.length; k++) {
			int f = 45 + 90 * k;
			peaks[k] = dff[f];
			decaySum += -3 * FRAME_MS / Math.log(dff[f + 3] / dff[f]);
		}
		for (double p : peaks) assertEquals(AMPLITUDE, p, 0.02 * AMPLITUDE, "peak dF/F of a single spike");
		assertEquals(TAU_MS, decaySum / peaks.length, 0.05 * TAU_MS, "decay time constant of dF/F (ms)");
		// without neuropil subtraction the neuropil's swing shows in the quiet stretches between spikes
		assertTrue(quietSd(column(dir.resolve("r0/traces.csv"), 1, "dff")) > 10 * quietSd(dff) + 0.01);
	}

	/** SD of dF/F in the last half second before each spike. */
	private static double quietSd(double[] dff) {
		org.apache.commons.math3.stat.descriptive.SummaryStatistics s = new org.apache.commons.math3.stat.descriptive.SummaryStatistics();
		for (int f = 45 + 90; f < dff.length; f += 90) {
			for (int k = f - 15; k < f; k++) s.addValue(dff[k]);
		}
		return s.getStandardDeviation();
	}

	@Test
	void clearErrorsBeforeAnyOutput(@TempDir Path dir) throws Exception {
		SyntheticMovie m = movie();
		Path tif = write(m, dir, 20, 0.3);
		Path out = dir.resolve("out");
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			expectError(commands, "rois:", "movie", tif.toString(), "tau_ms", TAU_MS, "output", out.toFile());
			expectError(commands, "tau_ms:", "movie", tif.toString(), "rois", dir.resolve("rois.zip").toString(),
				"output", out.toFile());
			expectError(commands, "movie:", "movie", tif.toString(), "rois", dir.resolve("rois.zip").toString(), "tau_ms",
				5.0, "output", out.toFile());
			SyntheticMovie wide = new SyntheticMovie(64, 64, 10, FRAME_MS, new int[] { 62 }, new int[] { 32 }, 4,
				new int[1][10]);
			wide.writeRois(dir.resolve("outside.zip"));
			expectError(commands, "rois: ROI cell-0001 lies outside", "movie", tif.toString(), "rois",
				dir.resolve("outside.zip").toString(), "tau_ms", TAU_MS, "output", out.toFile());
			expectError(commands, "movie=", "movie", dir.resolve("missing.tif").toString(), "output", out.toFile());
			Path huge = dir.resolve("huge.tif"); // sparse: 1 TB long, nothing stored
			try (var channel = Files.newByteChannel(huge, java.nio.file.StandardOpenOption.CREATE_NEW,
				java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
				channel.position(1L << 40).write(java.nio.ByteBuffer.wrap(new byte[1]));
			}
			expectError(commands, "movie=", "movie", huge.toString(), "rois", dir.resolve("rois.zip").toString(), "output",
				out.toFile());
		}
		assertFalse(Files.exists(out), "nothing written");
	}

	private static void expectError(CommandService commands, String start, Object... inputs) throws Exception {
		CommandModule module = commands.run(ExtractCalciumTraces.class, true, inputs).get();
		assertTrue(module.isCanceled(), "expected an error starting " + start);
		assertTrue(module.getCancelReason().startsWith(start), module.getCancelReason());
	}

	/** One ROI's column of traces.csv. */
	static double[] column(Path csv, int roi, String name) throws Exception {
		List<String> lines = Files.readAllLines(csv);
		List<String> header = List.of(lines.get(0).split(","));
		int c = header.indexOf(name), r = header.indexOf("roi");
		List<Double> v = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			if (Integer.parseInt(cells[r]) == roi) v.add(cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]));
		}
		return v.stream().mapToDouble(Double::doubleValue).toArray();
	}

}
