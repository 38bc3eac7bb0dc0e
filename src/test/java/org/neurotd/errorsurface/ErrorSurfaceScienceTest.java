package org.neurotd.errorsurface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.Mds96Command;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * The protocol of Montague, Dayan &amp; Sejnowski (1996, Fig. 5), read from surface.csv and
 * bumps.csv as the command writes them, over two seeds: the burst moves from the reward to the
 * light, withheld rewards dip, extinction removes the light's response, and the error shows at
 * intermediate times with TD(0) but not as lambda goes to 1. Responses are read from the spikes.
 */
class ErrorSurfaceScienceTest {

	private static final double[] LAMBDAS = { 0, 0.9, 1 };
	private static final int TRIALS = 250, EXTINCTION = 161;
	private static final long[] SEEDS = { 1, 2 };

	private static Context context;
	@TempDir
	static Path dir;
	/** Per seed, lambda and trial: the recorded response per step. */
	private static final Map<String, double[]> DOPAMINE = new HashMap<>();
	/** Per seed and lambda: bump_hz, bump_sem_hz, bump_delta. */
	private static final Map<String, double[]> BUMPS = new HashMap<>();

	@BeforeAll
	static void run() throws Exception {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
		for (long seed : SEEDS) {
			Path out = dir.resolve("seed" + seed);
			HeadlessRun.completed(context.service(CommandService.class), Mds96Command.class, "lambdas", "0,0.9,1",
				"neurons", 60, "seed", seed, "output", out.toFile());
			assertTrue(Files.size(out.resolve("mds96.png")) > 1000, "mds96.png written");
			assertTrue(Files.size(out.resolve("bumps.png")) > 1000, "bumps.png written");
			readSurface(seed, Files.readAllLines(out.resolve("surface.csv")));
			List<String> bumps = Files.readAllLines(out.resolve("bumps.csv"));
			assertEquals(ErrorSurface.BUMP_COLUMNS, bumps.get(0));
			for (String line : bumps.subList(1, bumps.size())) {
				String[] c = line.split(",");
				BUMPS.put(seed + "/" + Double.parseDouble(c[0]), new double[] { Double.parseDouble(c[1]),
					Double.parseDouble(c[2]), Double.parseDouble(c[3]) });
			}
		}
	}

	private static void readSurface(long seed, List<String> lines) {
		assertEquals(ErrorSurface.SURFACE_COLUMNS, lines.get(0));
		int steps = ErrorSurface.DURATION_MS / ErrorSurface.STEP_MS;
		for (String line : lines.subList(1, lines.size())) {
			String[] c = line.split(",");
			double[] row = DOPAMINE.computeIfAbsent(seed + "/" + Double.parseDouble(c[0]) + "/" + c[1],
				k -> new double[steps]);
			row[Integer.parseInt(c[2]) / ErrorSurface.STEP_MS] = Double.parseDouble(c[5]);
		}
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	/** Mean response of a trial from {@code fromMs} for 200 ms (where an event's response falls after it). */
	private static double response(long seed, double lambda, int trial, int eventMs) {
		double[] row = DOPAMINE.get(seed + "/" + lambda + "/" + trial);
		double sum = 0;
		int n = 0;
		for (int ms = eventMs + 50; ms < eventMs + 250; ms += ErrorSurface.STEP_MS, n++) sum += row[ms / ErrorSurface.STEP_MS];
		return sum / n;
	}

	private static double light(long seed, double lambda, int trial) {
		return response(seed, lambda, trial, ErrorSurface.CUE_MS);
	}

	private static double reward(long seed, double lambda, int trial) {
		return response(seed, lambda, trial, ErrorSurface.REWARD_MS);
	}

	@Test
	void theBurstMovesFromTheRewardToTheLight() {
		for (long seed : SEEDS) {
			for (double lambda : LAMBDAS) {
				String at = "seed " + seed + ", lambda " + lambda + ": ";
				double first = reward(seed, lambda, 1), trained = reward(seed, lambda, EXTINCTION - 1);
				assertTrue(first > 8, at + "the first reward bursts: " + first + " Hz");
				assertTrue(Math.abs(light(seed, lambda, 1)) < 1.5, at + "the new light does not: " + light(seed, lambda, 1));
				assertTrue(light(seed, lambda, EXTINCTION - 1) > 8, at + "the trained light bursts: "
					+ light(seed, lambda, EXTINCTION - 1));
				assertTrue(trained < 0.2 * first, at + "the predicted reward hardly: " + trained + " vs " + first);
			}
		}
	}

	@Test
	void aWithheldRewardDipsAtTheTimeItWasDue() {
		for (long seed : SEEDS) {
			for (double lambda : LAMBDAS) {
				for (int trial : new int[] { 100, 140, EXTINCTION }) {
					double dip = reward(seed, lambda, trial);
					assertTrue(dip < -2, "seed " + seed + ", lambda " + lambda + ", trial " + trial + ": dip " + dip);
				}
			}
		}
	}

	@Test
	void extinctionRemovesTheLightsResponse() {
		for (long seed : SEEDS) {
			for (double lambda : LAMBDAS) {
				double before = light(seed, lambda, EXTINCTION), after = light(seed, lambda, TRIALS);
				assertTrue(after < 0.25 * before, "seed " + seed + ", lambda " + lambda + ": " + before + " -> " + after);
			}
		}
	}

	@Test
	void intermediateTimeBumpsWithTdZeroVanishAsLambdaGoesToOne() {
		for (long seed : SEEDS) {
			double[] zero = BUMPS.get(seed + "/0.0"), mid = BUMPS.get(seed + "/0.9"), one = BUMPS.get(seed + "/1.0");
			assertTrue(zero[0] > 0.6 && zero[0] > 4 * zero[1], "seed " + seed + ": TD(0) bump " + zero[0] + " +- " + zero[1]);
			assertTrue(mid[0] < 0.5 * zero[0], "seed " + seed + ": smaller at lambda 0.9: " + mid[0] + " vs " + zero[0]);
			assertTrue(Math.abs(one[0]) < 0.15 * zero[0] && Math.abs(one[0]) < 3 * one[1] + 0.05,
				"seed " + seed + ": none at lambda 1: " + one[0] + " +- " + one[1]);
			assertTrue(zero[2] > 0.1 && Math.abs(one[2]) < 0.01, "the model's own error: " + zero[2] + ", " + one[2]);
		}
	}
}
