package org.neurotd.distributional;

import java.util.List;

/** reversal.csv, decoded.csv and summary.csv. */
public final class DistributionalTables {

	/** The columns of reversal.csv and decoded.csv. */
	public static final String REVERSAL_COLUMNS = "neuron,asymmetry,reversal_point,reversal_point_half2",
		DECODED_COLUMNS = "reward,true_density,decoded_density";
	/** Width of the Gaussian both densities are smoothed with, reward units. */
	public static final double BANDWIDTH = 0.1;
	/** Spacing of decoded.csv's rows, reward units. */
	public static final double GRID_STEP = 0.02;

	private DistributionalTables() {}

	/** One row per neuron (from 1). */
	public static String reversal(PopulationCode c) {
		StringBuilder sb = new StringBuilder(REVERSAL_COLUMNS).append('\n');
		for (int i = 0; i < c.asymmetry().length; i++) {
			sb.append(i + 1).append(',').append(c.asymmetry()[i]).append(',').append(c.reversal()[i]).append(',')
				.append(c.reversalHalf2()[i]).append('\n');
		}
		return sb.toString();
	}

	/** The reward sizes of decoded.csv: from 0 to half a unit past the largest size. */
	public static double[] grid(RewardDistribution rewards) {
		int n = (int) Math.round((rewards.sizes()[rewards.sizes().length - 1] + 0.5) / GRID_STEP) + 1;
		double[] g = new double[n];
		for (int k = 0; k < n; k++) g[k] = k * GRID_STEP;
		return g;
	}

	/** One row per grid size: the true and the decoded density, both smoothed by {@link #BANDWIDTH}. */
	public static String decoded(PopulationCode c, RewardDistribution rewards) {
		double[] grid = grid(rewards);
		double[] truth = rewards.density(grid, BANDWIDTH), decoded = ExpectileDecoder.density(c.decoded(), grid, BANDWIDTH);
		StringBuilder sb = new StringBuilder(DECODED_COLUMNS).append('\n');
		for (int k = 0; k < grid.length; k++) {
			sb.append(Math.round(grid[k] * 1000) / 1000.0).append(',').append(truth[k]).append(',').append(decoded[k])
				.append('\n');
		}
		return sb.toString();
	}

	/** One row per population. */
	public static String summary(List<CodeSummary> rows) {
		StringBuilder sb = new StringBuilder(CodeSummary.COLUMNS).append('\n');
		for (CodeSummary r : rows) sb.append(r.row()).append('\n');
		return sb.toString();
	}
}
