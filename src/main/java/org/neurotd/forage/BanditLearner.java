package org.neurotd.forage;

/**
 * The forager's learner in the bandit: a value and an uncertainty per arm, learned from the
 * outcome's TD error with the Kalman gain as learning rate (the learner that fit choices best
 * in Daw et al. 2006): the chosen arm's value moves by {@code gain * delta}, its variance
 * shrinks, and every arm's belief then drifts as the walk does (toward the centre, variance
 * growing by the diffusion).
 */
final class BanditLearner {

	/** Prior SD of an arm's value before it is tried, points: the walk's stationary SD. */
	private static final double PRIOR_SD = RestlessBandit.START_SD;

	private final double[] value = new double[RestlessBandit.ARMS];
	private final double[] variance = new double[RestlessBandit.ARMS];

	BanditLearner() {
		java.util.Arrays.fill(value, RestlessBandit.CENTRE);
		java.util.Arrays.fill(variance, PRIOR_SD * PRIOR_SD);
	}

	/** The value of {@code arm}, points. */
	double value(int arm) {
		return value[arm];
	}

	/** The uncertainty (posterior SD) of {@code arm}, points. */
	double uncertainty(int arm) {
		return Math.sqrt(variance[arm]);
	}

	/** Each arm's value plus {@code bonus} times its uncertainty, written into {@code out}. */
	double[] utilities(double bonus, double[] out) {
		for (int a = 0; a < out.length; a++) out[a] = value[a] + bonus * uncertainty(a);
		return out;
	}

	/** Learns from {@code payoff} of {@code arm}; returns the outcome's TD error, points. */
	double learn(int arm, double payoff) {
		double delta = payoff - value[arm];
		double gain = variance[arm] / (variance[arm] + RestlessBandit.OBSERVATION_SD * RestlessBandit.OBSERVATION_SD);
		value[arm] += gain * delta;
		variance[arm] *= 1 - gain;
		double d = RestlessBandit.DECAY;
		for (int a = 0; a < value.length; a++) {
			value[a] = d * value[a] + (1 - d) * RestlessBandit.CENTRE;
			variance[a] = d * d * variance[a] + RestlessBandit.DIFFUSION_SD * RestlessBandit.DIFFUSION_SD;
		}
		return delta;
	}

	/** The arm of highest value (the lowest index on ties). */
	int greedy() {
		return argmax(value);
	}

	/** The arm of highest uncertainty (the lowest index on ties). */
	int mostUncertain() {
		return argmax(variance);
	}

	private static int argmax(double[] x) {
		int best = 0;
		for (int a = 1; a < x.length; a++) if (x[a] > x[best]) best = a;
		return best;
	}
}
