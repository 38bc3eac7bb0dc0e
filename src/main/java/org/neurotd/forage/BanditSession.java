package org.neurotd.forage;

import org.neurotd.random.Rng;

/**
 * One forager's session in a restless bandit: on each trial it chooses by softmax over value plus
 * uncertainty bonus, is paid, and learns from the outcome's TD error. Its errors at the choice
 * (the chosen arm's value against the value the choice was expected to bring) and at the
 * outcome are kept for the dopamine neurons.
 *
 * @param choices the arm chosen on each trial
 * @param payoffs what each choice paid, points
 * @param choiceError TD error at each choice, points
 * @param outcomeError TD error at each outcome, points
 * @param measures what the choices show
 */
public record BanditSession(int[] choices, double[] payoffs, double[] choiceError, double[] outcomeError,
	Measures measures)
{
	/** Plays {@code world} with choice rule {@code m}, its choices' randomness from {@code rng}. */
	public static BanditSession play(RestlessBandit world, Modulation m, Rng rng) {
		int trials = world.trials();
		int[] choices = new int[trials];
		double[] payoffs = new double[trials], choiceError = new double[trials], outcomeError = new double[trials];
		BanditLearner learner = new BanditLearner();
		double[] u = new double[RestlessBandit.ARMS], p = new double[RestlessBandit.ARMS];
		int switches = 0, random = 0, directed = 0;
		double regret = 0, reward = 0;
		for (int t = 0; t < trials; t++) {
			Softmax.probabilities(learner.utilities(m.bonus(), u), m.beta(), p);
			int arm = Softmax.pick(p, rng.nextDouble());
			int greedy = learner.greedy(), uncertain = learner.mostUncertain();
			if (arm != greedy && arm == uncertain) directed++;
			else if (arm != greedy) random++;
			if (t > 0 && arm != choices[t - 1]) switches++;
			double expected = 0;
			for (int a = 0; a < p.length; a++) expected += p[a] * learner.value(a);
			choices[t] = arm;
			choiceError[t] = learner.value(arm) - expected;
			payoffs[t] = world.payoff(t, arm);
			outcomeError[t] = learner.learn(arm, payoffs[t]);
			reward += payoffs[t];
			regret += world.bestMean(t) - world.mean(t, arm);
		}
		Measures measures = new Measures(trials > 1 ? switches / (double) (trials - 1) : 0, reward / trials,
			regret / trials, random / (double) trials, directed / (double) trials);
		return new BanditSession(choices, payoffs, choiceError, outcomeError, measures);
	}
}
