package org.neurotd.decode;

import java.util.List;

/**
 * How flat the value function has become (science notes, section 3).
 *
 * @param loss fraction of neurons lost (0 for a healthy recording)
 * @param survivors neurons left
 * @param valueContrast learned CS+ minus CS- value, relative to the same critic fed by the
 *          healthy population
 * @param dprime discriminability of the CS response in the recorded spikes
 * @param rampSlopePerS slope of the learned value from CS to reward, per second
 * @param stayFraction share of stay choices of the stay/go chooser
 */
public record FlatteningMetrics(double loss, int survivors, double valueContrast, double dprime,
	double rampSlopePerS, double stayFraction)
{
	/**
	 * The metrics' column names in table order: the one place they are spelt, for metrics.csv,
	 * sweep.csv, sweep cells and shard rows alike.
	 */
	public static final List<String> COLUMNS = List.of("loss", "survivors", "value_contrast", "dprime", "ramp_slope",
		"stay_fraction");

	/** The metrics as a row in {@link #COLUMNS} order. */
	public double[] values() {
		return new double[] { loss, survivors, valueContrast, dprime, rampSlopePerS, stayFraction };
	}

	/**
	 * The metrics of a row in {@link #COLUMNS} order (the inverse of {@link #values()}).
	 *
	 * @throws IllegalArgumentException if the row does not have one value per column
	 */
	public static FlatteningMetrics of(double[] row) {
		if (row.length != COLUMNS.size()) {
			throw new IllegalArgumentException("a metrics row has " + COLUMNS.size() + " values, not " + row.length);
		}
		return new FlatteningMetrics(row[0], (int) Math.round(row[1]), row[2], row[3], row[4], row[5]);
	}
}
