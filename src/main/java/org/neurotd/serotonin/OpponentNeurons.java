package org.neurotd.serotonin;

import org.neurotd.random.Rng;

/**
 * One population's neurons: tonic rate and gain of each (lognormal around the means), and how
 * many of them, the first ones, belong to the population's special subset (dopamine salience
 * neurons, reward-cue-excited serotonin neurons).
 *
 * @param baselineHz tonic rate per neuron
 * @param gainHz rate change per unit of drive, per neuron
 * @param subset number of neurons, from index 0, in the subset
 */
public record OpponentNeurons(double[] baselineHz, double[] gainHz, int subset) {

	/** Lognormal sigma of rates and gains across neurons, as in the dopamine population. */
	static final double SPREAD = 0.3;

	/** Draws {@code n} neurons; {@code subsetFraction} of them (rounded) form the subset. */
	static OpponentNeurons draw(int n, double baselineHz, double gainHz, double subsetFraction, Rng rng) {
		double[] b = new double[n];
		double[] g = new double[n];
		for (int i = 0; i < n; i++) {
			Rng r = rng.fork(i);
			b[i] = baselineHz * lognormal(r);
			g[i] = gainHz * lognormal(r);
		}
		return new OpponentNeurons(b, g, (int) Math.round(subsetFraction * n));
	}

	private static double lognormal(Rng r) {
		return StrictMath.exp(SPREAD * r.nextGaussian() - SPREAD * SPREAD / 2);
	}

	/** Number of neurons. */
	public int size() {
		return baselineHz.length;
	}

	/** Whether neuron {@code i} is in the subset. */
	public boolean inSubset(int i) {
		return i < subset;
	}
}
