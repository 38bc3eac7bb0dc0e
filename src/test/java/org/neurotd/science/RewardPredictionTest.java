package org.neurotd.science;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotd.random.Rng;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Episode;
import org.neurotd.td.ErrorChannel;
import org.neurotd.td.Representation;
import org.neurotd.td.TdLearner;
import org.neurotd.td.TdParameters;
import org.neurotd.td.TdTrace;

/**
 * The TD model's own error scales with reward probability and magnitude as dopamine neurons do
 * (Fiorillo, Tobler &amp; Schultz 2003; Tobler, Fiorillo &amp; Schultz 2005).
 */
class RewardPredictionTest {

	/** The error at CS onset and at the reward after training with probability p and magnitude m. */
	private static double[] trained(double probability, double magnitude, Representation rep) {
		TaskParameters task = new TaskParameters(3000, 500, 1500, 10, probability, magnitude);
		TdLearner learner = new TdLearner(task, rep, TdParameters.defaults(), 1);
		Rng rng = new Rng(9);
		for (int k = 0; k < 1500; k++) {
			learner.episode(Episode.of(task, 0, rng.nextDouble() < probability), ErrorChannel.IDENTITY, true);
		}
		TdTrace rewarded = learner.episode(Episode.of(task, 0, true), ErrorChannel.IDENTITY, false);
		TdTrace omitted = learner.episode(Episode.of(task, 0, false), ErrorChannel.IDENTITY, false);
		return new double[] { rewarded.delta()[task.csStep()], rewarded.delta()[task.rewardStep()],
			omitted.delta()[task.rewardStep()] };
	}

	@Test
	void csResponseGrowsWithProbabilityRewardResponseWithItsComplement() {
		double[] low = trained(0.25, 1, Representation.CSC);
		double[] high = trained(0.75, 1, Representation.CSC);
		assertTrue(high[0] > low[0] + 0.2, "CS: " + low[0] + " -> " + high[0]);
		assertTrue(low[1] > high[1] + 0.2, "reward: " + low[1] + " -> " + high[1]);
		assertTrue(high[2] < low[2] - 0.2, "omission dip deepens with p: " + low[2] + " -> " + high[2]);
	}

	@Test
	void csResponseGrowsWithMagnitude() {
		assertTrue(trained(1, 2, Representation.CSC)[0] > 1.5 * trained(1, 1, Representation.CSC)[0]);
	}

	@Test
	void microstimulusLearnsTheCsToo() {
		double[] micro = trained(1, 1, Representation.MICROSTIMULUS);
		assertTrue(micro[0] > 0.5 && micro[1] < 0.3, "CS " + micro[0] + ", reward " + micro[1]);
	}
}
