package org.neurotd.population;

/**
 * How a population's rates become spikes (science notes, section 2).
 *
 * @param firing the renewal process: gamma or Poisson
 * @param regularity gamma shape (1 = as irregular as Poisson; ISI CV = 1 / sqrt(shape));
 *          ignored by Poisson firing
 * @param jitterMs SD of the response latency across neurons and trials, in ms
 */
public record FiringParameters(Firing firing, double regularity, double jitterMs) {

	/** Largest regularity accepted. */
	public static final double MAX_REGULARITY = 100;
	/** Largest jitter accepted, in ms. */
	public static final double MAX_JITTER_MS = 100;

	/** Validates the ranges. */
	public FiringParameters {
		java.util.Objects.requireNonNull(firing, "firing");
		FiringKeys.REGULARITY.require(regularity);
		FiringKeys.JITTER.require(jitterMs);
	}

	/**
	 * In vivo dopamine neurons: gamma shape 3 (ISI CV 0.58, within the recorded 0.5-0.7) and a
	 * latency SD of 10 ms.
	 */
	public static FiringParameters defaults() {
		return FiringKeys.BLOCK.defaults();
	}

	/** Poisson firing with one latency for every neuron and trial: the model before gamma firing. */
	public static FiringParameters poisson() {
		return new FiringParameters(Firing.POISSON, 1, 0);
	}

	/** The model that draws the intervals. */
	public FiringModel model() {
		return firing == Firing.POISSON ? PoissonFiring.INSTANCE : new GammaFiring(regularity);
	}
}
