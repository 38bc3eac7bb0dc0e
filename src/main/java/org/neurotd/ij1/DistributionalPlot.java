package org.neurotd.ij1;

import ij.ImagePlus;
import ij.gui.Plot;

import java.awt.Color;
import java.util.List;

import org.neurotd.distributional.ExpectileDecoder;
import org.neurotd.distributional.DistributionalTables;
import org.neurotd.distributional.PopulationCode;
import org.neurotd.distributional.RewardDistribution;

/**
 * distributional.png: reversal point against asymmetry, the two halves' reversal points against
 * each other, and the decoded reward distributions against the true one, for the distributional
 * and the classical population.
 */
public final class DistributionalPlot {

	private static final Color DISTRIBUTIONAL = new Color(0xd62728), CLASSICAL = new Color(0x7f7f7f);

	private DistributionalPlot() {}

	/** The three panels; {@code codes} distributional first, then classical. */
	public static ImagePlus of(List<PopulationCode> codes, RewardDistribution rewards) {
		return Plots.sideBySide("Distributional TD: reversal points and the decoded reward distribution",
			reversal(codes, rewards), halves(codes, rewards), densities(codes, rewards));
	}

	private static Plot reversal(List<PopulationCode> codes, RewardDistribution rewards) {
		Plot plot = new Plot("Reversal point against asymmetry", "asymmetry tau = a+ / (a+ + a-)",
			"reversal point (reward units, from the spikes)");
		plot.setSize(420, 360);
		plot.setLimits(0, 1, 0, top(rewards));
		double[] tau = new double[91], e = new double[91];
		for (int k = 0; k < tau.length; k++) {
			tau[k] = 0.05 + 0.01 * k;
			e[k] = rewards.expectile(tau[k]);
		}
		plot.setColor(Color.BLACK);
		plot.add("line", tau, e);
		plot.setLabel(-1, "expectiles of the true distribution");
		for (PopulationCode c : codes) {
			plot.setColor(colour(c), colour(c));
			plot.add("circle", c.asymmetry(), c.reversal());
			plot.setLabel(-1, c.code().key() + " neurons");
		}
		plot.addLegend(null, "top-left");
		return plot;
	}

	private static Plot halves(List<PopulationCode> codes, RewardDistribution rewards) {
		Plot plot = new Plot("Reversal points in two halves of the trials", "reversal point, odd trials",
			"reversal point, even trials");
		plot.setSize(420, 360);
		double top = top(rewards);
		plot.setLimits(0, top, 0, top);
		plot.setColor(Color.BLACK);
		plot.drawLine(0, 0, top, top);
		for (PopulationCode c : codes) {
			plot.setColor(colour(c), colour(c));
			plot.add("circle", c.reversal(), c.reversalHalf2());
			plot.setLabel(-1, c.code().key());
		}
		plot.addLegend(null, "top-left");
		return plot;
	}

	private static Plot densities(List<PopulationCode> codes, RewardDistribution rewards) {
		Plot plot = new Plot("Decoded reward distribution", "reward (reward units)",
			"density (smoothed, width " + DistributionalTables.BANDWIDTH + ")");
		plot.setSize(420, 360);
		double[] grid = DistributionalTables.grid(rewards);
		double[] truth = rewards.density(grid, DistributionalTables.BANDWIDTH);
		double top = java.util.Arrays.stream(truth).max().orElse(1);
		plot.setColor(Color.BLACK);
		plot.setLineWidth(2);
		plot.add("line", grid, truth);
		plot.setLabel(-1, "true");
		for (PopulationCode c : codes) {
			double[] decoded = ExpectileDecoder.density(c.decoded(), grid, DistributionalTables.BANDWIDTH);
			top = Math.max(top, java.util.Arrays.stream(decoded).max().orElse(0));
			plot.setColor(colour(c));
			plot.add("line", grid, decoded);
			plot.setLabel(-1, "decoded, " + c.code().key());
		}
		plot.setLimits(0, grid[grid.length - 1], 0, top * 1.35);
		plot.setLineWidth(1);
		plot.addLegend(null, "top-right");
		return plot;
	}

	private static double top(RewardDistribution rewards) {
		return rewards.sizes()[rewards.sizes().length - 1] * 1.1;
	}

	private static Color colour(PopulationCode c) {
		return c.code().ordinal() == 0 ? DISTRIBUTIONAL : CLASSICAL;
	}
}
