package org.neurotd.population;

import org.neurotd.random.Rng;

/**
 * Inhomogeneous Poisson firing: unit exponential intervals in operational time. The process has
 * no memory, so its forward recurrence time is one more interval.
 */
public final class PoissonFiring implements FiringModel {

	/** The one instance. */
	public static final PoissonFiring INSTANCE = new PoissonFiring();

	private PoissonFiring() {}

	@Override
	public double interval(Rng rng) {
		return rng.nextExponential();
	}

	@Override
	public double first(Rng rng) {
		return rng.nextExponential();
	}
}
