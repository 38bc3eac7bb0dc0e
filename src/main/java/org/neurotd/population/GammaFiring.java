package org.neurotd.population;

import org.neurotd.random.QuantileTable;
import org.neurotd.random.Rng;

/**
 * Gamma renewal firing: intervals in operational time are gamma distributed with mean 1 and
 * shape {@code k}, so the inter-spike intervals at a constant rate have a coefficient of
 * variation of {@code 1 / sqrt(k)}. Shape 1 is Poisson; in vivo dopamine neurons fire with a
 * shape of about 2 to 4 (CV 0.5 to 0.7), serotonin neurons more regularly. The intervals are
 * drawn from a quantile table, at about the cost of an exponential draw.
 */
public final class GammaFiring implements FiringModel {

	private final double shape;
	private final QuantileTable intervals;

	/** Gamma firing of the given shape (regularity), from 1 to 1000. */
	public GammaFiring(double shape) {
		this.shape = shape;
		this.intervals = QuantileTable.gamma(shape);
	}

	@Override
	public double interval(Rng rng) {
		return intervals.draw(rng);
	}

	/**
	 * The forward recurrence time: a uniform fraction of a length-biased interval. Length bias
	 * turns gamma(k) with rate k into gamma(k + 1) with rate k, which is one gamma(k) interval
	 * plus an exponential of mean 1/k.
	 */
	@Override
	public double first(Rng rng) {
		return rng.nextDouble() * (intervals.draw(rng) + rng.nextExponential() / shape);
	}
}
