package org.neurotd.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.neurotd.decode.FlatteningMetrics;

/**
 * The flattening curve at one loss level, over seeds: mean and sample standard deviation of each
 * metric ({@code NaN} with a single seed), and d' relative to the healthy level's.
 *
 * @param loss fraction of neurons lost
 * @param seeds how many seeds (healthy recordings) the level averages
 * @param valueContrast mean value contrast
 * @param valueContrastSd its standard deviation over seeds
 * @param dprime mean d' of the CS response
 * @param dprimeSd its standard deviation over seeds
 * @param relativeDprime mean d' over the mean d' at loss 0 ({@code NaN} when the sweep has no loss 0)
 * @param stayFraction mean share of stay choices
 * @param stayFractionSd its standard deviation over seeds
 */
public record FlatteningSummary(double loss, int seeds, double valueContrast, double valueContrastSd, double dprime,
	double dprimeSd, double relativeDprime, double stayFraction, double stayFractionSd)
{
	/** One summary per loss level, sorted by loss; rows are [seed][loss]. */
	public static List<FlatteningSummary> of(List<List<FlatteningMetrics>> rowsPerSeed) {
		int levels = rowsPerSeed.get(0).size();
		double healthyDprime = Double.NaN;
		for (int i = 0; i < levels; i++) {
			if (rowsPerSeed.get(0).get(i).loss() == 0) healthyDprime = stats(rowsPerSeed, i, FlatteningMetrics::dprime).getMean();
		}
		List<FlatteningSummary> out = new ArrayList<>(levels);
		for (int i = 0; i < levels; i++) {
			SummaryStatistics contrast = stats(rowsPerSeed, i, FlatteningMetrics::valueContrast);
			SummaryStatistics dprime = stats(rowsPerSeed, i, FlatteningMetrics::dprime);
			SummaryStatistics stay = stats(rowsPerSeed, i, FlatteningMetrics::stayFraction);
			out.add(new FlatteningSummary(rowsPerSeed.get(0).get(i).loss(), rowsPerSeed.size(), contrast.getMean(),
				sd(contrast), dprime.getMean(), sd(dprime), dprime.getMean() / healthyDprime, stay.getMean(), sd(stay)));
		}
		out.sort(Comparator.comparingDouble(FlatteningSummary::loss));
		return out;
	}

	private static SummaryStatistics stats(List<List<FlatteningMetrics>> rows, int level,
		ToDoubleFunction<FlatteningMetrics> metric)
	{
		SummaryStatistics s = new SummaryStatistics();
		for (List<FlatteningMetrics> seed : rows) s.addValue(metric.applyAsDouble(seed.get(level)));
		return s;
	}

	/** Sample standard deviation; {@code NaN} for one seed, where there is no spread to show. */
	private static double sd(SummaryStatistics s) {
		return s.getN() > 1 ? s.getStandardDeviation() : Double.NaN;
	}
}
