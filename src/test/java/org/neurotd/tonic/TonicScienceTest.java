package org.neurotd.tonic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.TonicCommand;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * Tonic dopamine and vigour, read from tonic.csv and vigour.csv as the command writes them: the
 * latency shortens by the square-root law when the reward rate doubles while the phasic reward
 * response keeps its size, the tonic component measured from the spikes follows the rewards with
 * the time constant of the key (fitted back with Commons Math), and with the envelope on release
 * the release follows the reward rate while the firing does not.
 */
class TonicScienceTest {

	private static final int SEEDS = 3, NEURONS = 50;
	private static Context context;
	@TempDir
	static Path dir;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	/** Runs the command and returns its output folder. */
	private static Path run(String name, Object... inputs) throws Exception {
		Path out = dir.resolve(name);
		Object[] all = new Object[inputs.length + 2];
		System.arraycopy(inputs, 0, all, 0, inputs.length);
		all[inputs.length] = "output";
		all[inputs.length + 1] = out.toFile();
		HeadlessRun.completed(context.service(CommandService.class), TonicCommand.class, all);
		assertTrue(Files.size(out.resolve("tonic.png")) > 1000, "tonic.png written");
		return out;
	}

	/** The rows of a CSV written by the command (header checked), as numbers. */
	private static List<double[]> rows(Path file, String[] columns) throws Exception {
		List<String> lines = Files.readAllLines(file);
		assertEquals(String.join(",", columns), lines.get(0));
		List<double[]> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] c = line.split(",");
			double[] row = new double[c.length];
			for (int i = 0; i < c.length; i++) row[i] = Double.parseDouble(c[i]);
			rows.add(row);
		}
		return rows;
	}

	/** Mean of a vigour.csv column over the blocks whose schedule is {@code rate} (blocks alternate 0.2, 0.4). */
	private static double mean(List<double[]> vigour, int column, boolean high) {
		return vigour.stream().filter(r -> ((int) r[0] % 2 == 1) == high).mapToDouble(r -> r[column]).average()
			.orElseThrow();
	}

	@Test
	void doublingTheRewardRateShortensLatencyBySquareRootWhilePhasicResponsesKeepTheirSize() throws Exception {
		double logRatio = 0, predicted = 0;
		for (int seed = 1; seed <= SEEDS; seed++) {
			List<double[]> v = rows(run("seed" + seed, "seed", (long) seed, "neurons", NEURONS).resolve("vigour.csv"),
				VigourRow.COLUMNS);
			double rateRatio = mean(v, 1, true) / mean(v, 1, false);
			double latencyRatio = mean(v, 2, true) / mean(v, 2, false);
			double phasicRatio = mean(v, 5, true) / mean(v, 5, false);
			assertTrue(rateRatio > 1.6 && rateRatio < 2.9, "seed " + seed + ": the collected rate about doubles: "
				+ rateRatio);
			assertTrue(phasicRatio > 0.8 && phasicRatio < 1.1, "seed " + seed + ": reward response keeps its size: "
				+ phasicRatio);
			logRatio += Math.log(latencyRatio) / SEEDS;
			predicted += -0.5 * Math.log(rateRatio) / SEEDS;
		}
		// sqrt law: log latency falls by half the log of the rate ratio; a linear law would fall by all of it
		assertEquals(predicted, logRatio, 0.06, "latency ratio " + Math.exp(logRatio) + " vs sqrt law " + Math.exp(predicted));
		assertTrue(Math.abs(logRatio - 2 * predicted) > 0.2, "not a linear law: " + Math.exp(logRatio));
	}

	@Test
	void theTonicComponentFollowsTheRewardsWithTheKeysTimeConstant() throws Exception {
		for (double tau : new double[] { 10, 60 }) {
			List<double[]> t = rows(run("tau" + (int) tau, "tonic_tau", tau, "neurons", NEURONS).resolve("tonic.csv"),
				TonicSession.TONIC_COLUMNS);
			double fitted = fitTimeConstant(t);
			assertEquals(tau, fitted, 0.2 * tau, "tonic_tau " + tau + " s fitted back as " + fitted + " s");
		}
	}

	@Test
	void withTheEnvelopeOnReleaseReleaseFollowsTheRewardRateAndFiringDoesNot() throws Exception {
		List<double[]> v = rows(run("release", "envelope", "release", "neurons", NEURONS).resolve("vigour.csv"),
			VigourRow.COLUMNS);
		double release = mean(v, 3, true) - mean(v, 3, false), firing = mean(v, 4, true) - mean(v, 4, false);
		assertTrue(release > 0.6, "tonic release rises with the reward rate: " + release + " Hz");
		assertTrue(Math.abs(firing) < 0.2, "tonic firing does not: " + firing + " Hz");
	}

	/**
	 * The time constant that best explains the tonic column as {@code a + b x} a running average of
	 * the rewards column with that time constant: least squares, a and b by regression for each
	 * candidate, the time constant by Brent's method.
	 */
	static double fitTimeConstant(List<double[]> tonic) {
		double binS = tonic.get(1)[0] - tonic.get(0)[0];
		UnivariateObjectiveFunction misfit = new UnivariateObjectiveFunction(logTau -> {
			double tau = Math.exp(logTau), decay = Math.exp(-binS / tau), average = tonic.get(0)[1];
			SimpleRegression fit = new SimpleRegression();
			for (double[] row : tonic) {
				average = average * decay + row[4] / tau;
				fit.addData(average, row[2]);
			}
			return fit.getSumSquaredErrors();
		});
		return Math.exp(new BrentOptimizer(1e-6, 1e-6).optimize(new MaxEval(500), misfit, GoalType.MINIMIZE,
			new SearchInterval(Math.log(0.5), Math.log(600))).getPoint());
	}
}
