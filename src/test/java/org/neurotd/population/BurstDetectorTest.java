package org.neurotd.population;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurotd.population.BurstDetector.Burst;

/** The 80/160 ms criterion on spike trains written by hand. */
class BurstDetectorTest {

	private static List<Burst> bursts(int... times) {
		SpikeRaster r = new SpikeRaster(1, 1, 5000, new int[] { 0, times.length }, times);
		return BurstDetector.GRACE_BUNNEY.bursts(r, 0, 0);
	}

	@Test
	void aBurstStartsAtEightyAndEndsAtOneHundredSixtyMs() {
		// 100: tonic; 300-380-500-620: starts at an 80 ms interval, goes on below 160 ms; 800 ends it.
		assertEquals(List.of(new Burst(300, 620, 4)), bursts(100, 300, 380, 500, 620, 800));
		assertEquals(List.of(), bursts(100, 181, 262, 343));
		assertEquals(List.of(new Burst(0, 80, 2), new Burst(240, 260, 2)), bursts(0, 80, 240, 260));
		assertEquals(List.of(), bursts(10));
		assertEquals(List.of(), bursts());
	}
}
