package org.neurotd.distributional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.DistributionalCommand;
import org.neurotd.commands.HeadlessRun;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * Distributional TD against the classical code, over three seeds, from reversal.csv and
 * decoded.csv (and their classical- counterparts) as the command writes them: reversal points read
 * from the spikes follow the asymmetry, agree between the halves of the trials and decode the
 * bimodal reward distribution; the classical population shows none of it.
 */
class DistributionalScienceTest {

	private static final long[] SEEDS = { 1, 2, 3 };
	private static Context context;
	@TempDir
	static Path dir;

	@BeforeAll
	static void run() throws Exception {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
		for (long seed : SEEDS) {
			HeadlessRun.completed(context.service(CommandService.class), DistributionalCommand.class, "neurons", 30,
				"trials", 800, "training", 1500, "seed", seed, "output", out(seed).toFile());
			assertTrue(Files.size(out(seed).resolve("distributional.png")) > 1000, "distributional.png written");
		}
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	private static Path out(long seed) {
		return dir.resolve("seed" + seed);
	}

	/** The columns of one of the command's tables. */
	private static double[][] columns(long seed, String file, String header) throws Exception {
		List<String> lines = Files.readAllLines(out(seed).resolve(file));
		assertEquals(header, lines.get(0));
		int width = header.split(",").length;
		double[][] c = new double[width][lines.size() - 1];
		for (int k = 1; k < lines.size(); k++) {
			String[] cells = lines.get(k).split(",");
			for (int j = 0; j < width; j++) c[j][k - 1] = Double.parseDouble(cells[j]);
		}
		return c;
	}

	private static double r(double[] a, double[] b) {
		double v = new PearsonsCorrelation().correlation(a, b);
		return Double.isNaN(v) ? 0 : v;
	}

	/** Integrated |true - decoded| density (0: identical, 2: disjoint). */
	private static double distance(double[][] decoded) {
		double sum = 0;
		for (int k = 0; k < decoded[0].length; k++) sum += Math.abs(decoded[1][k] - decoded[2][k]);
		return sum * DistributionalTables.GRID_STEP;
	}

	/** SD of a density on its grid. */
	private static double sd(double[] grid, double[] density) {
		double mass = 0, mean = 0, square = 0;
		for (int k = 0; k < grid.length; k++) {
			mass += density[k];
			mean += density[k] * grid[k];
			square += density[k] * grid[k] * grid[k];
		}
		mean /= mass;
		return Math.sqrt(square / mass - mean * mean);
	}

	@Test
	void reversalPointsFromTheSpikesFollowTheAsymmetryAndAgreeBetweenHalvesOnlyInTheDistributionalCode()
		throws Exception
	{
		for (long seed : SEEDS) {
			double[][] d = columns(seed, "reversal.csv", DistributionalTables.REVERSAL_COLUMNS);
			double[][] c = columns(seed, "classical-reversal.csv", DistributionalTables.REVERSAL_COLUMNS);
			assertTrue(r(d[1], d[2]) > 0.8, "seed " + seed + ": distributional asymmetry-reversal r " + r(d[1], d[2]));
			assertTrue(r(d[2], d[3]) > 0.8, "seed " + seed + ": distributional split-half r " + r(d[2], d[3]));
			assertTrue(Math.abs(r(c[1], c[2])) < 0.45, "seed " + seed + ": classical asymmetry-reversal r " + r(c[1], c[2]));
			double spreadD = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(d[2]);
			double spreadC = new org.apache.commons.math3.stat.descriptive.moment.StandardDeviation().evaluate(c[2]);
			assertTrue(spreadC < 0.4 * spreadD, "seed " + seed + ": classical reversal points spread " + spreadC
				+ " against " + spreadD);
		}
	}

	@Test
	void theExpectileDecoderRecoversTheDistributionFromTheDistributionalCodeOnly() throws Exception {
		for (long seed : SEEDS) {
			double[][] d = columns(seed, "decoded.csv", DistributionalTables.DECODED_COLUMNS);
			double[][] c = columns(seed, "classical-decoded.csv", DistributionalTables.DECODED_COLUMNS);
			double trueSd = sd(d[0], d[1]);
			double sdD = sd(d[0], d[2]), sdC = sd(c[0], c[2]);
			assertTrue(Math.abs(sdD - trueSd) < 0.25 * trueSd, "seed " + seed + ": decoded SD " + sdD + " vs " + trueSd);
			assertTrue(sdC < 0.4 * trueSd, "seed " + seed + ": the classical decoding collapses: SD " + sdC);
			assertTrue(distance(d) < 0.6 && distance(c) > 1.2 && distance(c) > 2 * distance(d),
				"seed " + seed + ": density distance " + distance(d) + " (distributional), " + distance(c) + " (classical)");
		}
	}
}
