package org.neurotd.ssri;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.SsriCommand;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * SSRIs through the dopamine transporter (science notes, section 5, a hypothesis throughout),
 * measured from the cohort.csv the ssri command writes, over several seeds: reward blunting that
 * grows with the subjects' spill-over, none below the spill level, none with the dopamine
 * transporter blocked; with effect=both a modest loss to punishment as well.
 */
class SsriCohortHypothesisTest {

	private static Context context;
	@TempDir
	static Path dir;

	@BeforeAll
	static void context() {
		context = new Context(CommandService.class, StatusService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	/** Columns of cohort.csv: spillover, reward blunting, punishment blunting per subject. */
	private static double[][] cohort(Object... inputs) throws Exception {
		Path out = dir.resolve("run" + Arrays.deepHashCode(inputs));
		List<Object> all = new ArrayList<>(List.of(inputs));
		all.addAll(List.of("output", out.toFile()));
		HeadlessRun.completed(context.service(CommandService.class), SsriCommand.class, all.toArray());
		List<String> lines = Files.readAllLines(out.resolve("cohort.csv"));
		assertEquals("subject,spillover,reward_off,reward_on,punishment_off,punishment_on", lines.get(0));
		double[][] v = new double[3][lines.size() - 1];
		for (int i = 1; i < lines.size(); i++) {
			double[] f = Arrays.stream(lines.get(i).split(",")).mapToDouble(Double::parseDouble).toArray();
			v[0][i - 1] = f[1];
			v[1][i - 1] = 1 - f[3] / f[2];
			v[2][i - 1] = 1 - f[5] / f[4];
		}
		return v;
	}

	private static double mean(double[] x) {
		return Arrays.stream(x).average().orElseThrow();
	}

	/** Spearman rank correlation. */
	private static double rankCorrelation(double[] a, double[] b) {
		double[] ra = ranks(a), rb = ranks(b);
		double ma = mean(ra), mb = mean(rb), ab = 0, aa = 0, bb = 0;
		for (int i = 0; i < a.length; i++) {
			ab += (ra[i] - ma) * (rb[i] - mb);
			aa += (ra[i] - ma) * (ra[i] - ma);
			bb += (rb[i] - mb) * (rb[i] - mb);
		}
		return ab / Math.sqrt(aa * bb);
	}

	private static double[] ranks(double[] x) {
		Integer[] order = new Integer[x.length];
		for (int i = 0; i < x.length; i++) order[i] = i;
		Arrays.sort(order, (i, j) -> Double.compare(x[i], x[j]));
		double[] r = new double[x.length];
		for (int k = 0; k < x.length; k++) r[order[k]] = k;
		return r;
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void hypothesisRewardBluntingGrowsWithSpilloverAndSparesPunishment(long seed) throws Exception {
		double[][] c = cohort("seed", seed, "subjects", 30);
		double rho = rankCorrelation(c[0], c[1]);
		assertTrue(rho > 0.5, "rank correlation of spill-over and reward blunting " + rho);
		assertTrue(mean(c[1]) > 0.1, "mean reward blunting " + mean(c[1]));
		assertTrue(Math.abs(mean(c[2])) < 0.06, "mean punishment blunting " + mean(c[2]));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2 })
	void hypothesisNoBluntingBelowTheSpillLevel(long seed) throws Exception {
		double[][] c = cohort("seed", seed, "subjects", 30, "dose", 0.3); // serotonin 1.37x, below 2x
		assertTrue(Math.abs(mean(c[1])) < 0.06, "mean reward blunting " + mean(c[1]));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2 })
	void hypothesisNoBluntingWithTheDopamineTransporterBlocked(long seed) throws Exception {
		double[][] c = cohort("seed", seed, "subjects", 30, "dat_block", true);
		assertTrue(Math.abs(mean(c[1])) < 0.06, "mean reward blunting " + mean(c[1]));
		assertTrue(Math.abs(rankCorrelation(c[0], c[1])) < 0.5, "blunting does not follow spill-over");
	}

	@Test
	void hypothesisBothEffectLosesSomeSensitivityToPunishmentToo() throws Exception {
		double[][] c = cohort("seed", 4L, "subjects", 30, "effect", "both");
		assertTrue(mean(c[2]) > 0.06 && mean(c[2]) < 0.3, "mean punishment blunting " + mean(c[2]));
		assertTrue(mean(c[1]) > mean(c[2]), "reward blunting " + mean(c[1]) + " above punishment's " + mean(c[2]));
	}
}
