package org.neurotd.td;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotd.params.InvalidParameterException;

/** The Rescorla-Wagner learner against its rule, and its error laid out in time. */
class RescorlaWagnerTest {

	private static final int A = 0, B = 1, C = 2, D = 3;

	/** Cues at step 10 (together), outcome at step 50 of 100. */
	private static Episode compound(double reward, int... cues) {
		int[] onsets = new int[cues.length];
		java.util.Arrays.fill(onsets, 10);
		return new Episode(100, cues, onsets, 50, reward);
	}

	@Test
	void strengthApproachesTheRewardByTheRateOfEachTrial() {
		RescorlaWagner rw = new RescorlaWagner(0.2, 1);
		for (int k = 0; k < 3; k++) rw.episode(compound(1, A), ErrorChannel.IDENTITY, true);
		assertEquals(1 - Math.pow(0.8, 3), rw.cueValue(A), 1e-12);
	}

	@Test
	void errorRisesAtTheCueAndIsTheSurpriseAtTheOutcome() {
		RescorlaWagner rw = new RescorlaWagner(0.1, 1);
		for (int k = 0; k < 200; k++) rw.episode(compound(1, A), ErrorChannel.IDENTITY, true);
		double v = rw.cueValue(A);
		TdTrace rewarded = rw.episode(compound(1, A), ErrorChannel.IDENTITY, false);
		TdTrace omitted = rw.episode(compound(0, A), ErrorChannel.IDENTITY, false);
		assertEquals(v, rewarded.delta()[10], 1e-12);
		assertEquals(1 - v, rewarded.delta()[50], 1e-12);
		assertEquals(-v, omitted.delta()[50], 1e-12);
		assertEquals(0, rewarded.delta()[30], 0);
		assertEquals(v, rewarded.value()[49], 1e-12);
		assertEquals(0, rewarded.value()[50], 0);
		assertEquals(v, rw.cueValue(A), 0, "a probe without learning changes nothing");
	}

	@Test
	void aPretrainedCueBlocksTheCueAddedToIt() {
		RescorlaWagner rw = new RescorlaWagner(0.1, 4);
		for (int k = 0; k < 100; k++) rw.episode(compound(1, A), ErrorChannel.IDENTITY, true);
		for (int k = 0; k < 100; k++) {
			rw.episode(compound(1, A, B), ErrorChannel.IDENTITY, true);
			rw.episode(compound(1, C, D), ErrorChannel.IDENTITY, true);
		}
		assertTrue(rw.cueValue(B) < 0.05, "blocked " + rw.cueValue(B));
		assertTrue(rw.cueValue(D) > 0.4, "control " + rw.cueValue(D));
	}

	@Test
	void aCueThatCancelsARewardBecomesAnInhibitor() {
		RescorlaWagner rw = new RescorlaWagner(0.1, 2);
		for (int k = 0; k < 300; k++) {
			rw.episode(compound(1, A), ErrorChannel.IDENTITY, true);
			rw.episode(compound(0, A, B), ErrorChannel.IDENTITY, true);
		}
		assertTrue(rw.cueValue(B) < -0.5, "conditioned inhibitor " + rw.cueValue(B));
	}

	@Test
	void rateOutsideItsRangeIsRejectedByName() {
		var e = assertThrows(InvalidParameterException.class, () -> new RescorlaWagner(1.5, 1));
		assertTrue(e.getMessage().contains("rw_rate"), e.getMessage());
	}
}
