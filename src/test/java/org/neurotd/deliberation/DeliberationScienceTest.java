package org.neurotd.deliberation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.DeliberationCommand;
import org.neurotd.commands.HeadlessRun;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * Deliberate delays (hypothesis, the seed's proposal), read from delay.csv as the command writes
 * it with its defaults (5 seeds): accuracy rises with the delay in noise, impulsive choices are
 * worse the noisier the evidence, the reward rate peaks at an intermediate delay in noise (at no
 * delay when the evidence is clear), and the counted accuracy matches sequential-sampling theory.
 */
class DeliberationScienceTest {

	private static final double SAMPLE_RATE_HZ = 20, TRIALS = 5 * 1000;
	private static Context context;
	@TempDir
	static Path dir;
	/** Per noise level, its rows: delay, accuracy, reward rate, accuracy SEM, rate SEM. */
	private static final Map<Double, List<double[]>> ROWS = new TreeMap<>();

	@BeforeAll
	static void run() throws Exception {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
		Path out = dir.resolve("delay");
		HeadlessRun.completed(context.service(CommandService.class), DeliberationCommand.class, "output", out.toFile());
		assertTrue(Files.size(out.resolve("delay.png")) > 1000, "delay.png written");
		List<String> lines = Files.readAllLines(out.resolve("delay.csv"));
		assertEquals(DeliberateDelays.COLUMNS, lines.get(0));
		for (String line : lines.subList(1, lines.size())) {
			String[] c = line.split(",");
			ROWS.computeIfAbsent(Double.parseDouble(c[3]), k -> new ArrayList<>()).add(new double[] {
				Double.parseDouble(c[0]), Double.parseDouble(c[1]), Double.parseDouble(c[2]), Double.parseDouble(c[4]),
				Double.parseDouble(c[5]) });
		}
		assertEquals(List.of(0.5, 2.0, 4.0), List.copyOf(ROWS.keySet()));
		String properties = Files.readString(out.resolve("run.properties"));
		assertTrue(properties.contains("hypothesis.1 = Deliberate delays"), "run.properties names the hypothesis");
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	@Test
	void hypothesisAccuracyRisesWithTheDeliberationDelayInNoise() {
		for (double noise : List.of(2.0, 4.0)) {
			List<double[]> rows = ROWS.get(noise);
			for (int k = 1; k < rows.size(); k++) {
				double[] a = rows.get(k - 1), b = rows.get(k);
				assertTrue(b[1] > a[1] - 2 * (a[3] + b[3]) - 1e-9, "noise " + noise + ": accuracy at " + b[0] + " ms");
			}
			double first = rows.get(0)[1], last = rows.get(rows.size() - 1)[1];
			assertTrue(last > first + 0.2, "noise " + noise + ": accuracy " + first + " -> " + last);
		}
	}

	@Test
	void hypothesisImpulsiveAgentsChooseWorseTheNoisierTheEvidence() {
		double quiet = ROWS.get(0.5).get(0)[1], noisy = ROWS.get(2.0).get(0)[1], noisier = ROWS.get(4.0).get(0)[1];
		assertTrue(quiet > noisy + 0.15 && noisy > noisier + 0.05, quiet + ", " + noisy + ", " + noisier);
		double quietBest = ROWS.get(0.5).stream().mapToDouble(r -> r[1]).max().orElseThrow();
		assertTrue(quietBest - quiet < 0.05, "in a quiet world the impulsive choice loses little: " + quiet);
	}

	@Test
	void hypothesisTheRewardRatePeaksAtAnIntermediateDelayInNoise() {
		for (double noise : List.of(2.0, 4.0)) {
			List<double[]> rows = ROWS.get(noise);
			int best = peak(rows);
			assertTrue(best > 0 && best < rows.size() - 1, "noise " + noise + ": peak at " + rows.get(best)[0] + " ms");
			assertTrue(rows.get(best)[2] > rows.get(0)[2] + 3 * (rows.get(best)[4] + rows.get(0)[4]),
				"noise " + noise + ": deliberating pays");
			assertTrue(rows.get(rows.size() - 1)[2] < 0.8 * rows.get(best)[2], "noise " + noise + ": long delays cost");
		}
		assertEquals(0, peak(ROWS.get(0.5)), "clear evidence: no delay pays");
	}

	private static int peak(List<double[]> rows) {
		int best = 0;
		for (int k = 1; k < rows.size(); k++) if (rows.get(k)[2] > rows.get(best)[2]) best = k;
		return best;
	}

	/**
	 * One sample at the choice and a Poisson number more over the delay, each of mean 1 and
	 * standard deviation {@code noise}: the better option wins with E[Phi(sqrt(n) / noise)].
	 */
	@Test
	void theCountedAccuracyMatchesSequentialSamplingTheory() {
		NormalDistribution z = new NormalDistribution();
		for (Map.Entry<Double, List<double[]>> e : ROWS.entrySet()) {
			for (double[] r : e.getValue()) {
				double mean = SAMPLE_RATE_HZ * r[0] / 1000, p = 0;
				PoissonDistribution extra = mean > 0 ? new PoissonDistribution(mean) : null;
				for (int k = 0; k < 400; k++) {
					double weight = extra == null ? (k == 0 ? 1 : 0) : extra.probability(k);
					p += weight * z.cumulativeProbability(Math.sqrt(1 + k) / e.getKey());
				}
				double se = Math.sqrt(p * (1 - p) / TRIALS);
				assertTrue(Math.abs(r[1] - p) < 4 * se + 1e-3,
					"noise " + e.getKey() + ", " + r[0] + " ms: counted " + r[1] + ", theory " + p);
			}
		}
	}
}
