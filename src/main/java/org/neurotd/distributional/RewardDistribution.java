package org.neurotd.distributional;

import java.util.Arrays;

import org.neurotd.params.Require;
import org.neurotd.random.Rng;

/**
 * A discrete distribution of reward sizes: what the population's expectiles are of.
 *
 * @param sizes reward sizes, ascending, in reward units (1 = the unit the population is calibrated to)
 * @param probabilities the probability of each size, summing to 1
 */
public record RewardDistribution(double[] sizes, double[] probabilities) {

	/** Validates and copies; probabilities are normalised to sum to 1. */
	public RewardDistribution {
		Require.that(sizes.length >= 2 && sizes.length == probabilities.length, "probabilities",
			probabilities.length, "one probability per reward size (" + sizes.length + "), at least two sizes");
		sizes = sizes.clone();
		double total = 0;
		for (int k = 0; k < sizes.length; k++) {
			Require.that(k == 0 || sizes[k] > sizes[k - 1], "rewards", sizes[k], "reward sizes in ascending order");
			Require.that(probabilities[k] >= 0, "probabilities", probabilities[k], "probabilities of 0 or more");
			total += probabilities[k];
		}
		Require.that(total > 0, "probabilities", total, "probabilities that are not all 0");
		double sum = total;
		probabilities = Arrays.stream(probabilities).map(q -> q / sum).toArray();
	}

	/** Index of a size drawn from the distribution. */
	public int draw(Rng rng) {
		double u = rng.nextDouble(), c = 0;
		for (int k = 0; k < sizes.length - 1; k++) {
			c += probabilities[k];
			if (u < c) return k;
		}
		return sizes.length - 1;
	}

	/** The mean reward. */
	public double mean() {
		double m = 0;
		for (int k = 0; k < sizes.length; k++) m += probabilities[k] * sizes[k];
		return m;
	}

	/** The standard deviation of the reward. */
	public double sd() {
		double m = mean(), v = 0;
		for (int k = 0; k < sizes.length; k++) v += probabilities[k] * (sizes[k] - m) * (sizes[k] - m);
		return Math.sqrt(v);
	}

	/** The {@code tau}-expectile: where tau E[(R - e)+] = (1 - tau) E[(e - R)+]. */
	public double expectile(double tau) {
		double low = sizes[0], high = sizes[sizes.length - 1];
		for (int i = 0; i < 60; i++) {
			double e = (low + high) / 2;
			if (Expectiles.condition(sizes, probabilities, tau, e) > 0) low = e;
			else high = e;
		}
		return (low + high) / 2;
	}

	/** The probabilities smoothed by a Gaussian of width {@code bandwidth}, as a density at {@code grid}. */
	public double[] density(double[] grid, double bandwidth) {
		return Expectiles.density(sizes, probabilities, grid, bandwidth);
	}
}
