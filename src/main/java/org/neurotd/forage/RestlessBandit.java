package org.neurotd.forage;

import org.neurotd.random.Rng;

/**
 * The restless four-armed bandit of Daw et al. 2006: each arm's mean payoff follows a decaying
 * Gaussian random walk, {@code mu(t+1) = decay mu(t) + (1 - decay) centre + N(0, diffusion^2)}, and a
 * pull pays its arm's mean plus N(0, observation^2) points. The walk and every possible payoff are
 * drawn up front from the environment's stream, so agents that choose differently face the
 * same world (common random numbers across the balance sweep).
 */
public final class RestlessBandit {

	/** Arms. */
	public static final int ARMS = 4;
	/** Decay of the walk toward its centre per trial (Daw et al. 2006). */
	public static final double DECAY = 0.9836;
	/** Centre of the walk, points. */
	public static final double CENTRE = 50;
	/** Diffusion SD per trial, points. */
	public static final double DIFFUSION_SD = 2.8;
	/** Observation SD of a payoff around its arm's mean, points. */
	public static final double OBSERVATION_SD = 4;
	/** Spread of the arms' first means around the centre, points: the walk's stationary SD. */
	static final double START_SD = DIFFUSION_SD / Math.sqrt(1 - DECAY * DECAY);

	private final double[][] mean;
	private final double[][] payoff;

	/** A world of {@code trials} trials drawn from {@code rng}. */
	public RestlessBandit(int trials, Rng rng) {
		mean = new double[trials][ARMS];
		payoff = new double[trials][ARMS];
		Rng walk = rng.fork(0), noise = rng.fork(1);
		double[] mu = new double[ARMS];
		for (int a = 0; a < ARMS; a++) mu[a] = CENTRE + START_SD * walk.nextGaussian();
		for (int t = 0; t < trials; t++) {
			for (int a = 0; a < ARMS; a++) {
				mean[t][a] = mu[a];
				payoff[t][a] = mu[a] + OBSERVATION_SD * noise.nextGaussian();
				mu[a] = DECAY * mu[a] + (1 - DECAY) * CENTRE + DIFFUSION_SD * walk.nextGaussian();
			}
		}
	}

	/** Trials. */
	public int trials() {
		return mean.length;
	}

	/** Mean payoff of {@code arm} on trial {@code t}, points. */
	public double mean(int t, int arm) {
		return mean[t][arm];
	}

	/** What pulling {@code arm} on trial {@code t} pays, points. */
	public double payoff(int t, int arm) {
		return payoff[t][arm];
	}

	/** The best mean payoff on trial {@code t}, points. */
	public double bestMean(int t) {
		double best = Double.NEGATIVE_INFINITY;
		for (double m : mean[t]) best = Math.max(best, m);
		return best;
	}
}
