package org.neurotd.science;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Episode;
import org.neurotd.td.ErrorChannel;
import org.neurotd.td.Representation;
import org.neurotd.td.TdLearner;
import org.neurotd.td.TdParameters;
import org.neurotd.td.TdTrace;
import org.neurotd.td.TimingProbe;

/**
 * Early and late rewards after training (Hollerman &amp; Schultz 1998), and the difference between
 * the complete serial compound and the microstimulus code.
 */
class RewardTimingTest {

	private static final TaskParameters TASK = new TaskParameters(3000, 500, 1500, 10, 1.0, 1.0);

	private static TimingProbe probe(Representation representation) {
		TdLearner learner = new TdLearner(TASK, representation, TdParameters.defaults(), 1);
		for (int k = 0; k < 1000; k++) learner.episode(Episode.of(TASK, 0, true), ErrorChannel.IDENTITY, true);
		return TimingProbe.of(learner, TASK, 500);
	}

	private static double at(TdTrace trace, int ms) {
		return trace.delta()[ms / TASK.stepMs()];
	}

	@Test
	void earlyRewardBurstsLateRewardDipsThenBursts() {
		TimingProbe p = probe(Representation.CSC);
		assertTrue(at(p.early(), 1000) > 0.5, "burst at an early reward " + at(p.early(), 1000));
		assertTrue(at(p.late(), 1500) < -0.3, "dip when a late reward is missing " + at(p.late(), 1500));
		assertTrue(at(p.late(), 2000) > 0.5, "burst when the late reward comes " + at(p.late(), 2000));
		assertTrue(Math.abs(at(p.usual(), 1500)) < 0.05, "a reward at the usual time is predicted");
	}

	@Test
	void theSerialCompoundWronglyPredictsADipAfterAnEarlyRewardTheMicrostimulusLess() {
		double csc = at(probe(Representation.CSC).early(), 1500);
		double micro = at(probe(Representation.MICROSTIMULUS).early(), 1500);
		assertTrue(csc < -0.5, "CSC dips at the usual time after an early reward: " + csc);
		assertTrue(micro > csc + 0.3, "microstimulus dips less: " + micro + " vs " + csc);
	}

	@Test
	void theMicrostimulusCodeDipsAtTheUsualTimeWhenTheRewardIsLateAndBurstsWhenItComes() {
		TimingProbe p = probe(Representation.MICROSTIMULUS);
		double dip = 0;
		for (int ms = 1500; ms < 1650; ms += TASK.stepMs()) dip += at(p.late(), ms);
		assertTrue(dip < -0.4, "dip at the usual time " + dip);
		assertTrue(at(p.late(), 2000) > 0.3, "burst when the late reward comes " + at(p.late(), 2000));
	}
}
