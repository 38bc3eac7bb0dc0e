package org.neurotd.population;

import org.neurotd.random.Rng;

/**
 * A heterogeneous dopamine population: each neuron's tonic rate and burst gain, drawn
 * lognormally around the means. Neuron {@code i} depends only on the seed and {@code i}, so a
 * smaller population is a prefix of a larger one with the same seed.
 */
public final class Population {

	private final NeuronParameters parameters;
	private final double[] baselineHz;
	private final double[] gainHz;

	private Population(NeuronParameters parameters, double[] baselineHz, double[] gainHz) {
		this.parameters = parameters;
		this.baselineHz = baselineHz;
		this.gainHz = gainHz;
	}

	/** Draws {@code neurons} neurons from {@code rng}. */
	public static Population create(NeuronParameters parameters, int neurons, Rng rng) {
		double[] b = new double[neurons];
		double[] g = new double[neurons];
		double s = parameters.spread();
		for (int i = 0; i < neurons; i++) {
			Rng r = rng.fork(i);
			b[i] = parameters.baselineHz() * lognormal(r, s);
			g[i] = parameters.burstHz() * lognormal(r, s);
		}
		return new Population(parameters, b, g);
	}

	/** Unit-mean lognormal factor. */
	private static double lognormal(Rng r, double sigma) {
		return StrictMath.exp(sigma * r.nextGaussian() - sigma * sigma / 2);
	}

	/** The neurons at the given indices, in that order. */
	public Population select(int[] indices) {
		double[] b = new double[indices.length];
		double[] g = new double[indices.length];
		for (int k = 0; k < indices.length; k++) {
			b[k] = baselineHz[indices[k]];
			g[k] = gainHz[indices[k]];
		}
		return new Population(parameters, b, g);
	}

	/** Number of neurons. */
	public int size() {
		return baselineHz.length;
	}

	/** Tonic rate of neuron {@code i} in Hz. */
	public double baselineHz(int i) {
		return baselineHz[i];
	}

	/** Burst gain of neuron {@code i} in Hz per unit error. */
	public double gainHz(int i) {
		return gainHz[i];
	}

	/** Sum of tonic rates in Hz. */
	public double totalBaselineHz() {
		double s = 0;
		for (double b : baselineHz) s += b;
		return s;
	}

	/** Sum of burst gains in Hz per unit error. */
	public double totalGainHz() {
		double s = 0;
		for (double g : gainHz) s += g;
		return s;
	}

	/** The shared response parameters. */
	public NeuronParameters parameters() {
		return parameters;
	}
}
