package org.neurotd.forage;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.neurotd.random.Rng;

/**
 * The patch-leaving task. A patch's intake rate falls as {@code r0 exp(-t / tau)}; the forager
 * harvests once a second (each harvest the rate's integral over that second plus noise of SD
 * {@link RestlessBandit#OBSERVATION_SD}), and between patches travels for a time with no intake.
 * <p>
 * The forager learns the environment's average intake rate by average-reward TD (every second,
 * {@code rho += alpha (r - rho)}, travel included), estimates the patch's yield from its harvests
 * so far (knowing only how patches deplete, not how rich this one is), and leaves when the next
 * harvest it expects falls below the average rate: the marginal value theorem's rule (Charnov
 * 1976) is the model's input. What the task measures is whether a rate learned from noisy
 * harvests, under the forager's own leaving, lands its leaving times on the theorem's optimum.
 */
public final class PatchForaging {

	/** Learning rate of the average intake rate, per second. */
	public static final double RATE_LEARNING = 0.002;
	/** Harvest interval, s. */
	public static final double HARVEST_S = 1;
	/** Foraging before visits are scored, s: five time constants of the average rate's learning. */
	public static final double LEARNING_S = 5 / RATE_LEARNING;

	private PatchForaging() {}

	/**
	 * The marginal value theorem's leaving time, s: when the patch's rate {@code r0 exp(-t/tau)}
	 * has fallen to the environment's average, {@code G(t) / (t + travel)} with
	 * {@code G(t) = r0 tau (1 - exp(-t/tau))}; that is {@code exp(-t/tau) (t + travel + tau) = tau},
	 * whatever {@code r0}.
	 */
	public static double mvtLeaveTimeS(double depletionS, double travelS) {
		double tau = depletionS;
		// The left side falls monotonically from travel + tau at t = 0.
		return new BrentSolver(1e-10).solve(10_000, t -> StrictMath.exp(-t / tau) * (t + travelS + tau) - tau, 0,
			100 * tau + travelS);
	}

	/**
	 * The forager's mean leaving time in an environment with {@code travelS} of travel, s, over
	 * the {@code p.patches()} visits after {@link #LEARNING_S} of foraging (the rate starts at 0).
	 */
	public static double meanLeaveTimeS(ForageParameters p, double travelS, Rng rng) {
		double tau = p.depletionS();
		double depletion = StrictMath.exp(-HARVEST_S / tau);
		double first = p.patchYield() * tau * (1 - depletion); // expected first harvest
		double rate = 0, foragedS = 0;
		SummaryStatistics leave = new SummaryStatistics();
		for (int patch = 0; leave.getN() < p.patches(); patch++) {
			rate *= StrictMath.pow(1 - RATE_LEARNING, travelS / HARVEST_S);
			Rng harvests = rng.fork(patch);
			double weighted = 0, weights = 0, expected = first, factor = 1;
			int k = 0;
			while (true) {
				double harvest = expected + RestlessBandit.OBSERVATION_SD * harvests.nextGaussian();
				rate += RATE_LEARNING * (harvest / HARVEST_S - rate);
				// Least squares of the patch's first harvest from harvest_k = first x depletion^k.
				weighted += harvest * factor;
				weights += factor * factor;
				k++;
				factor *= depletion;
				expected *= depletion;
				double next = weighted / weights * factor;
				if (next < rate * HARVEST_S || k * HARVEST_S > 100 * tau) break;
			}
			if (foragedS >= LEARNING_S) leave.addValue(k * HARVEST_S);
			foragedS += travelS + k * HARVEST_S;
		}
		return leave.getMean();
	}

	/** Travel time between patches at {@code richness} patches per minute of travel, s. */
	public static double travelS(double richness) {
		return 60 / richness;
	}
}
