package org.neurotd.deliberation;

import org.neurotd.random.Rng;

/**
 * An agent that deliberates before it chooses between two options, one better than the other
 * (a hypothesis, the seed's proposal). It takes one evidence sample when the options appear (all
 * an impulsive, zero-delay agent gets) and more while it waits, arriving at random at
 * {@code sampleRateHz}; each is the better option's advantage (1, its sign saying which option)
 * plus Gaussian noise. It chooses the option its summed evidence favours (a tie is a guess).
 * Nothing here says how accurate the choice is: that is counted from the choices.
 */
public final class DeliberatingAgent {

	private final double sampleRateHz;

	/** @param sampleRateHz evidence samples per second of deliberation */
	public DeliberatingAgent(double sampleRateHz) {
		this.sampleRateHz = sampleRateHz;
	}

	/**
	 * One choice after deliberating {@code delayMs} in noise {@code noise}, from its own stream.
	 *
	 * @return whether the agent chose the better option
	 */
	public boolean choosesBetter(int delayMs, double noise, Rng rng) {
		int side = rng.nextDouble() < 0.5 ? 1 : -1; // which option is the better one
		int samples = 1 + rng.nextPoisson(sampleRateHz * delayMs / 1000.0);
		double evidence = 0;
		for (int s = 0; s < samples; s++) evidence += side + noise * rng.nextGaussian();
		int choice = evidence > 0 ? 1 : evidence < 0 ? -1 : rng.nextDouble() < 0.5 ? 1 : -1;
		return choice == side;
	}
}
