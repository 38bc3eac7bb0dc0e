package org.neurotd.distributional;

import java.util.Arrays;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;

/**
 * One row of summary.csv: what a population's numbers show, computed from reversal.csv's and
 * decoded.csv's contents.
 *
 * @param code the population
 * @param asymmetryReversalR Pearson correlation of asymmetry and reversal point over the neurons
 * @param splitHalfR Pearson correlation of the two halves' reversal points
 * @param decodedMean mean of the decoded distribution; {@code decodedSd} its SD
 * @param trueMean mean of the true distribution; {@code trueSd} its SD
 * @param wasserstein the 1-Wasserstein distance between the decoded and the true distribution
 */
public record CodeSummary(Code code, double asymmetryReversalR, double splitHalfR, double decodedMean,
	double decodedSd, double trueMean, double trueSd, double wasserstein)
{
	/** The columns of summary.csv. */
	public static final String COLUMNS = "population,asymmetry_reversal_r,split_half_r,decoded_mean,decoded_sd,true_mean,"
		+ "true_sd,wasserstein";

	/** The summary of {@code c} against the true distribution {@code rewards}. */
	public static CodeSummary of(PopulationCode c, RewardDistribution rewards) {
		double[] z = c.decoded();
		return new CodeSummary(c.code(), r(c.asymmetry(), c.reversal()), r(c.reversal(), c.reversalHalf2()),
			Arrays.stream(z).average().orElse(Double.NaN), new StandardDeviation(false).evaluate(z), rewards.mean(),
			rewards.sd(), wasserstein(z, rewards));
	}

	/** Pearson's r; 0 when either side does not vary. */
	static double r(double[] a, double[] b) {
		double v = new PearsonsCorrelation().correlation(a, b);
		return Double.isNaN(v) ? 0 : v;
	}

	/** The integral of |F_decoded - F_true| over reward size. */
	static double wasserstein(double[] samples, RewardDistribution rewards) {
		double[] s = samples.clone();
		Arrays.sort(s);
		double[] sizes = rewards.sizes(), p = rewards.probabilities();
		double low = Math.min(s[0], sizes[0]), high = Math.max(s[s.length - 1], sizes[sizes.length - 1]);
		int steps = 4000;
		double dx = (high - low) / steps, sum = 0;
		int i = 0, j = 0;
		double cdfTrue = 0;
		for (int k = 0; k < steps; k++) {
			double x = low + (k + 0.5) * dx;
			while (i < s.length && s[i] <= x) i++;
			while (j < sizes.length && sizes[j] <= x) cdfTrue += p[j++];
			sum += Math.abs((double) i / s.length - cdfTrue) * dx;
		}
		return sum;
	}

	/** A summary.csv row. */
	public String row() {
		return code.key() + "," + asymmetryReversalR + "," + splitHalfR + "," + decodedMean + "," + decodedSd + ","
			+ trueMean + "," + trueSd + "," + wasserstein;
	}
}
