package org.neurotd.parkinson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.neurotd.random.Rng;

/** Which neurons survive under each loss order. */
class LossOrderTest {

	private static final int N = 1000;

	@Test
	void ventralFirstLosesTheVentralTierBeforeAnyDorsalNeuron() {
		int ventral = LossOrder.ventralNeurons(N);
		for (double loss : new double[] { 0.3, 0.5, 0.8 }) {
			int[] kept = Degradation.survivors(N, loss, LossOrder.VENTRAL_FIRST, new Rng(3));
			long ventralKept = Arrays.stream(kept).filter(i -> LossOrder.isVentral(i, N)).count();
			int lost = (int) Math.round(loss * N);
			assertEquals(N - lost, kept.length);
			assertEquals(Math.max(0, ventral - lost), ventralKept, "ventral survivors at loss " + loss);
		}
	}

	@Test
	void randomLossSparesBothTiersAlike() {
		int[] kept = Degradation.survivors(N, 0.5, LossOrder.RANDOM, new Rng(3));
		long ventralKept = Arrays.stream(kept).filter(i -> LossOrder.isVentral(i, N)).count();
		assertTrue(Math.abs(ventralKept - kept.length / 2.0) < 50, "ventral survivors " + ventralKept);
	}

	@Test
	void theSameSeedLosesTheSameNeurons() {
		assertArrayEquals(Degradation.survivors(N, 0.6, LossOrder.VENTRAL_FIRST, new Rng(5)),
			Degradation.survivors(N, 0.6, LossOrder.VENTRAL_FIRST, new Rng(5)));
	}
}
