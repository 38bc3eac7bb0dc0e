package org.neurotd.science;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.DecodeValueFunction;
import org.neurotd.commands.DegradePopulation;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.LossSweepCommand;
import org.neurotd.commands.SimulatePopulation;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * The knee of the flattening curve with the default release model (science notes, section 3),
 * read from the files the sweep, simulate, degrade and decode commands write, over several seeds:
 * onset of flattening in 70-80 % cell loss, flat and staying put by 95 %, no contrast above
 * healthy beyond noise below the knee, a healthy critic that learns the TD model's value, an
 * unbiased decoded error at baseline, an undefined contrast when the healthy critic learns
 * nothing, and terminal loss that differs from cell loss.
 */
class ReleaseKneeScienceTest {

	private static final int SEEDS = 4;
	private static final double[] LOSSES = { 0, 0.3, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95 };

	@TempDir
	static Path dir;

	/** sweep.csv rows: [seed][loss] -> value_contrast, dprime, stay_fraction. */
	private static double[][][] sweep;

	@BeforeAll
	static void sweep() throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			HeadlessRun.completed(context.service(CommandService.class), LossSweepCommand.class, "neurons", 1000,
				"trials", 10, "seeds", SEEDS, "losses", join(LOSSES), "output", dir.resolve("sweep").toFile());
		}
		List<String> lines = Files.readAllLines(dir.resolve("sweep/sweep.csv"));
		assertEquals("seed,loss,survivors,value_contrast,dprime,ramp_slope,stay_fraction", lines.get(0));
		sweep = new double[SEEDS][LOSSES.length][];
		for (int r = 1; r < lines.size(); r++) {
			double[] f = Arrays.stream(lines.get(r).split(",", -1)).mapToDouble(Double::parseDouble).toArray();
			sweep[(int) f[0] - 1][(r - 1) % LOSSES.length] = new double[] { f[3], f[4], f[6] };
			assertEquals(LOSSES[(r - 1) % LOSSES.length], f[1], 1e-12);
		}
	}

	private static String join(double[] values) {
		return String.join(",", Arrays.stream(values).mapToObj(Double::toString).toList());
	}

	private static double mean(int level, int metric) {
		return Arrays.stream(sweep).mapToDouble(s -> s[level][metric]).average().orElseThrow();
	}

	private static double sem(int level, int metric) {
		double m = mean(level, metric);
		double ss = Arrays.stream(sweep).mapToDouble(s -> (s[level][metric] - m) * (s[level][metric] - m)).sum();
		return Math.sqrt(ss / (SEEDS - 1) / SEEDS);
	}

	private static int level(double loss) {
		for (int i = 0; i < LOSSES.length; i++) if (LOSSES[i] == loss) return i;
		throw new IllegalArgumentException();
	}

	@Test
	void flatteningStartsBetween70And80PercentCellLoss() {
		double onset = Double.NaN;
		for (int i = 1; i < LOSSES.length && Double.isNaN(onset); i++) {
			double before = mean(i - 1, 0), now = mean(i, 0);
			if (now < 0.9 && before >= 0.9) onset = LOSSES[i - 1] + (LOSSES[i] - LOSSES[i - 1]) * (before - 0.9) / (before - now);
		}
		assertTrue(onset >= 0.70 && onset <= 0.80, "contrast falls below 0.9 at " + onset + " loss");
	}

	@Test
	void theValueFunctionIsFlatAndStayingPutWinsBy95Percent() {
		assertTrue(mean(level(0.95), 0) < 0.1, "contrast at 95 %: " + mean(level(0.95), 0));
		assertTrue(mean(level(0.95), 2) > 0.5, "stay choices at 95 %: " + mean(level(0.95), 2));
		assertTrue(mean(level(0.9), 0) < 0.5, "contrast at 90 %: " + mean(level(0.9), 0));
		assertTrue(mean(level(0.95), 2) > 10 * mean(level(0), 2), "stay choices rise with loss");
	}

	@Test
	void noContrastAboveHealthyBeyondNoiseBelowTheKnee() {
		for (double loss : new double[] { 0, 0.3, 0.5, 0.6, 0.7 }) {
			int i = level(loss);
			assertTrue(mean(i, 0) - 1 < Math.max(3 * sem(i, 0), 0.1),
				"contrast at " + loss + ": " + mean(i, 0) + " +- " + sem(i, 0) + " (SEM, " + SEEDS + " seeds)");
		}
	}

	@Test
	void theHealthyCriticLearnsTheTdModelsValueAndTheDecodedErrorIsUnbiasedAtBaseline() throws Exception {
		List<Double> gaps = new ArrayList<>();
		List<Double> baseline = new ArrayList<>();
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			for (long seed = 1; seed <= SEEDS; seed++) {
				Path healthy = dir.resolve("healthy" + seed);
				HeadlessRun.completed(commands, SimulatePopulation.class, "neurons", 1000, "trials", 10, "seed", seed,
					"output", healthy.toFile());
				ImagePlus image = IJ.openImage(healthy.resolve("raster.tif").toString());
				Path decoded = dir.resolve("decoded" + seed);
				HeadlessRun.completed(commands, DecodeValueFunction.class, "recording", image, "output", decoded.toFile());
				double td = column(healthy.resolve("td.csv"), "value", 500);
				double critic = column(decoded.resolve("decode.csv"), "healthy_value", 500);
				gaps.add(critic - td);
				List<String> rows = Files.readAllLines(decoded.resolve("decode.csv"));
				int c = Arrays.asList(rows.get(0).split(",")).indexOf("decoded_error");
				double sum = 0;
				int n = 0;
				for (String row : rows.subList(1, rows.size())) {
					String[] f = row.split(",", -1);
					if (Double.parseDouble(f[0]) < 500) {
						sum += Double.parseDouble(f[c]);
						n++;
					}
				}
				baseline.add(sum / n);
			}
		}
		double gap = gaps.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		assertTrue(Math.abs(gap) < 0.05, "healthy critic minus TD model at the CS: " + gaps);
		double bias = baseline.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
		assertTrue(Math.abs(bias) < 0.02, "decoded error before the CS, per seed: " + baseline);
	}

	private static double column(Path csv, String name, double timeMs) throws Exception {
		List<String> rows = Files.readAllLines(csv);
		int c = Arrays.asList(rows.get(0).split(",")).indexOf(name);
		for (String row : rows.subList(1, rows.size())) {
			String[] f = row.split(",", -1);
			if (Double.parseDouble(f[0]) == timeMs) return Double.parseDouble(f[c]);
		}
		throw new AssertionError(csv + " has no row at " + timeMs + " ms");
	}

	@Test
	void aHealthyCriticThatLearnsNothingLeavesTheContrastUndefined() throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			Path healthy = dir.resolve("nothing");
			HeadlessRun.completed(commands, SimulatePopulation.class, "neurons", 200, "trials", 5, "magnitude", 0.0,
				"output", healthy.toFile());
			ImagePlus image = IJ.openImage(healthy.resolve("raster.tif").toString());
			var module = HeadlessRun.completed(commands, DecodeValueFunction.class, "recording", image, "output", dir.resolve("nothing-decoded").toFile());
			List<String> metrics = Files.readAllLines(dir.resolve("nothing-decoded/metrics.csv"));
			assertEquals("", metrics.get(1).split(",", -1)[2], "value_contrast is empty (NaN): " + metrics);
			assertTrue(((DecodeValueFunction) module.getCommand()).summary().contains("value_contrast is undefined"));
		}
	}

	@Test
	void losingTerminalsKeepsTheRecordingWhileLosingCellsThinsIt() throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			double[] cells = new double[2], terminals = new double[2];
			for (long seed = 1; seed <= 2; seed++) {
				Path healthy = dir.resolve("lesion" + seed);
				HeadlessRun.completed(commands, SimulatePopulation.class, "neurons", 1000, "trials", 10, "seed", seed,
					"output", healthy.toFile());
				ImagePlus image = IJ.openImage(healthy.resolve("raster.tif").toString());
				cells[(int) seed - 1] = dprime(commands, image, 0.8, 0, "cells" + seed);
				terminals[(int) seed - 1] = dprime(commands, image, 0, 0.8, "terminals" + seed);
				double intact = dprime(commands, image, 0, 0, "intact" + seed);
				assertEquals(intact, terminals[(int) seed - 1], 1e-9, "terminal loss leaves the recorded spikes alone");
				assertEquals(Math.sqrt(0.2), cells[(int) seed - 1] / intact, 0.08, "cell loss thins the recording");
			}
		}
	}

	private static double dprime(CommandService commands, ImagePlus healthy, double loss, double denervation, String name)
		throws Exception
	{
		ImagePlus degraded = (ImagePlus) HeadlessRun.completed(commands, DegradePopulation.class, "recording", healthy,
			"loss", loss, "denervation", denervation, "compensation", false).getOutput("degraded");
		HeadlessRun.completed(commands, DecodeValueFunction.class, "recording", degraded, "output",
			dir.resolve(name).toFile());
		return Double.parseDouble(Files.readAllLines(dir.resolve(name).resolve("metrics.csv")).get(1).split(",")[3]);
	}
}
