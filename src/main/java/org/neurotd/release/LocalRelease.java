package org.neurotd.release;

import org.neurotd.random.Rng;

/**
 * Release under local control at the terminals: each spike makes release events (Poisson) with a
 * mean that varies over time, as when striatal mechanisms set release independently of the cell
 * bodies' firing (Mohebi et al. 2019: accumbens dopamine release follows reward rate while VTA
 * firing does not).
 */
public final class LocalRelease {

	private LocalRelease() {}

	/**
	 * Release events per 1 ms bin from a population's spike counts per bin.
	 *
	 * @param spikes the population's spikes in each 1 ms bin
	 * @param perSpike mean release events per spike in each step of {@code stepMs}
	 */
	public static int[] events(int[] spikes, double[] perSpike, int stepMs, Rng rng) {
		int[] events = new int[spikes.length];
		for (int t = 0; t < spikes.length; t++) {
			if (spikes[t] > 0) events[t] = rng.nextPoisson(spikes[t] * perSpike[t / stepMs]);
		}
		return events;
	}
}
