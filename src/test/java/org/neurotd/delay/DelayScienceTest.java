package org.neurotd.delay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.DelaySeriesCommand;
import org.neurotd.commands.HeadlessRun;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * The CS-reward delay series, read from delays.csv as the command writes it: with the
 * microstimulus code the reward response grows and the omission dip shrinks with the delay
 * (Fiorillo, Newsome &amp; Schultz 2008) and the CS response falls hyperbolically rather than
 * exponentially (Kobayashi &amp; Schultz 2008); the complete serial compound times every delay
 * exactly, so its reward and omission responses stay flat.
 */
class DelayScienceTest {

	private static Context context;
	@TempDir
	static Path dir;
	/** Per representation: delay (s), CS, reward and omission responses (Hz), one array per delay. */
	private static final List<double[]> CSC = new ArrayList<>(), MICRO = new ArrayList<>();

	@BeforeAll
	static void run() throws Exception {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
		Path out = dir.resolve("delays");
		HeadlessRun.completed(context.service(CommandService.class), DelaySeriesCommand.class, "output", out.toFile());
		assertTrue(Files.size(out.resolve("delays.png")) > 1000, "delays.png written");
		List<String> lines = Files.readAllLines(out.resolve("delays.csv"));
		assertEquals(DelaySeries.COLUMNS, lines.get(0));
		for (String line : lines.subList(1, lines.size())) {
			String[] c = line.split(",");
			double[] row = { Double.parseDouble(c[0]) / 1000, Double.parseDouble(c[2]), Double.parseDouble(c[3]),
				Double.parseDouble(c[4]) };
			(c[1].equals("csc") ? CSC : MICRO).add(row);
		}
		assertEquals(5, CSC.size());
		assertEquals(5, MICRO.size());
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	private static double at(List<double[]> rows, int delayIndex, int column) {
		return rows.get(delayIndex).length > column ? rows.get(delayIndex)[column] : Double.NaN;
	}

	@Test
	void microstimulusKeepsTheOmissionDipAtOneSecond() {
		double micro = at(MICRO, 0, 3), csc = at(CSC, 0, 3);
		assertTrue(csc < -1.5, "csc dips at an omitted reward: " + csc);
		assertTrue(micro < 0.6 * csc, "microstimulus keeps most of it: " + micro + " vs csc " + csc);
	}

	@Test
	void withTheMicrostimulusCodeTheRewardResponseGrowsAndTheOmissionDipShrinksWithDelay() {
		for (int k = 1; k < MICRO.size(); k++) {
			assertTrue(at(MICRO, k, 2) > at(MICRO, k - 1, 2) - 0.3, "reward response grows at " + at(MICRO, k, 0) + " s");
			assertTrue(at(MICRO, k, 3) > at(MICRO, k - 1, 3) - 0.3, "omission dip shrinks at " + at(MICRO, k, 0) + " s");
		}
		assertTrue(at(MICRO, 4, 2) > at(MICRO, 0, 2) + 3, "reward response at 16 s " + at(MICRO, 4, 2));
		assertTrue(Math.abs(at(MICRO, 4, 3)) < 0.3 * Math.abs(at(MICRO, 0, 3)), "omission at 16 s " + at(MICRO, 4, 3));
	}

	@Test
	void theSerialCompoundTimesEveryDelay() {
		for (int k = 0; k < CSC.size(); k++) {
			assertTrue(Math.abs(at(CSC, k, 2)) < 0.4, "no reward response at " + at(CSC, k, 0) + " s: " + at(CSC, k, 2));
			assertTrue(Math.abs(at(CSC, k, 3) - at(CSC, 0, 3)) < 0.5, "the same dip at " + at(CSC, k, 0) + " s");
		}
	}

	@Test
	void theCsResponseFallsHyperbolicallyWithTheMicrostimulusCodeExponentiallyWithTheSerialCompound() {
		for (List<double[]> rows : List.of(CSC, MICRO)) {
			for (int k = 1; k < rows.size(); k++) assertTrue(at(rows, k, 1) < at(rows, k - 1, 1), "CS response falls");
		}
		DoubleBinaryOperator hyperbolic = (d, k) -> 1 / (1 + k * d), exponential = (d, k) -> Math.exp(-k * d);
		double microH = misfit(MICRO, hyperbolic), microE = misfit(MICRO, exponential);
		double cscH = misfit(CSC, hyperbolic), cscE = misfit(CSC, exponential);
		assertTrue(microH < 0.5 * microE, "microstimulus: hyperbolic " + microH + " vs exponential " + microE);
		assertTrue(cscE < cscH, "csc: exponential " + cscE + " vs hyperbolic " + cscH);
	}

	/** Least squares of {@code A f(d, k)} to the CS responses, best over a grid of k (A in closed form). */
	private static double misfit(List<double[]> rows, DoubleBinaryOperator f) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i <= 4000; i++) {
			double k = Math.pow(10, -3 + i * 4.0 / 4000);
			double fy = 0, ff = 0;
			for (double[] r : rows) {
				double v = f.applyAsDouble(r[0], k);
				fy += v * r[1];
				ff += v * v;
			}
			double a = fy / ff, sse = 0;
			for (double[] r : rows) sse += Math.pow(r[1] - a * f.applyAsDouble(r[0], k), 2);
			best = Math.min(best, sse);
		}
		return best;
	}
}
