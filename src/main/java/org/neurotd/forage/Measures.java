package org.neurotd.forage;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * What a forager's bandit choices show, measured from its choices and the world's payoffs.
 *
 * @param switchRate fraction of trials (after the first) whose arm differs from the last trial's
 * @param rewardPerTrial mean payoff, points
 * @param regret mean shortfall of the chosen arm's mean payoff from the best arm's, points
 * @param randomExploration fraction of trials on which the forager chose an arm that was neither
 *          its best-valued nor its most uncertain one
 * @param directedExploration fraction of trials on which it chose its most uncertain arm while
 *          another arm had the highest value
 */
public record Measures(double switchRate, double rewardPerTrial, double regret, double randomExploration,
	double directedExploration)
{
	/** The column names, in {@link #values()} order. */
	public static final List<String> COLUMNS = List.of("switch_rate", "reward_per_trial", "regret",
		"random_exploration", "directed_exploration");

	/** The values, in {@link #COLUMNS} order. */
	public double[] values() {
		return new double[] { switchRate, rewardPerTrial, regret, randomExploration, directedExploration };
	}

	/** The measures of {@code v}, in {@link #COLUMNS} order. */
	static Measures of(double[] v) {
		return new Measures(v[0], v[1], v[2], v[3], v[4]);
	}

	/** The means over {@code m}. */
	public static Measures mean(List<Measures> m) {
		return of(m, SummaryStatistics::getMean);
	}

	/** The standard errors of the means over {@code m} (NaN for one). */
	public static Measures sem(List<Measures> m) {
		return of(m, s -> s.getN() > 1 ? s.getStandardDeviation() / Math.sqrt(s.getN()) : Double.NaN);
	}

	/**
	 * Within-world standard errors (Cousineau 2005, with Morey's 2008 correction) of each
	 * condition of {@code byCondition} (per condition, one entry per world, the same worlds in
	 * each): every world's measures less its mean over the conditions, so that differences
	 * between worlds, which every condition shares, do not hide differences between conditions.
	 */
	public static List<Measures> withinWorldSem(List<List<Measures>> byCondition) {
		int conditions = byCondition.size(), worlds = byCondition.get(0).size();
		double[][] worldMean = new double[worlds][COLUMNS.size()];
		for (List<Measures> condition : byCondition) {
			for (int w = 0; w < worlds; w++) {
				double[] v = condition.get(w).values();
				for (int c = 0; c < v.length; c++) worldMean[w][c] += v[c] / conditions;
			}
		}
		double correction = conditions > 1 ? Math.sqrt(conditions / (conditions - 1.0)) : 1;
		return byCondition.stream().map(condition -> {
			List<Measures> centred = new java.util.ArrayList<>(worlds);
			for (int w = 0; w < worlds; w++) {
				double[] v = condition.get(w).values();
				for (int c = 0; c < v.length; c++) v[c] = (v[c] - worldMean[w][c]) * correction;
				centred.add(of(v));
			}
			return sem(centred);
		}).toList();
	}

	private static Measures of(List<Measures> m, ToDoubleFunction<SummaryStatistics> summary) {
		double[] out = new double[COLUMNS.size()];
		for (int c = 0; c < out.length; c++) {
			SummaryStatistics s = new SummaryStatistics();
			for (Measures x : m) s.addValue(x.values()[c]);
			out[c] = summary.applyAsDouble(s);
		}
		return of(out);
	}
}
