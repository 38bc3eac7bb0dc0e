package org.neurotd.serotonin;

import org.neurotd.random.Rng;

/**
 * Spikes of a gamma renewal process with a time-varying rate, by time rescaling: intervals in
 * integrated rate are gamma distributed with mean 1 and integer shape {@code k} (coefficient of
 * variation 1/sqrt(k); k = 1 is Poisson), mapped back to time through the rate, which is
 * constant within each TD step. The first interval is drawn from the process's equilibrium
 * (a uniform fraction of a length-biased interval), so a trial starts mid-rhythm. The cost grows
 * with steps plus spikes.
 */
final class RenewalSpikes {

	private RenewalSpikes() {}

	/**
	 * One neuron's spikes in one trial, as ms bins written into {@code out} from {@code pos}.
	 *
	 * @param rateHz the rate in each TD step
	 * @param cumulative scratch, {@code rateHz.length + 1} long
	 * @return the position after the last spike written
	 */
	static int generate(double[] rateHz, int stepMs, int shape, double refractoryMs, Rng rng, double[] cumulative,
		int[] out, int pos)
	{
		int steps = rateHz.length;
		cumulative[0] = 0;
		for (int k = 0; k < steps; k++) cumulative[k + 1] = cumulative[k] + rateHz[k] * stepMs / 1000;
		double total = cumulative[steps];
		double event = rng.nextDouble() * gamma(rng, shape + 1) / shape;
		double refractoryEnd = Double.NEGATIVE_INFINITY;
		int step = 0;
		int duration = steps * stepMs;
		while (event < total) {
			while (cumulative[step + 1] <= event) step++;
			double ms = step * stepMs + (event - cumulative[step]) * 1000 / rateHz[step];
			if (ms >= refractoryEnd) {
				out[pos++] = Math.min(duration - 1, (int) ms);
				refractoryEnd = ms + refractoryMs;
			}
			event += gamma(rng, shape) / shape;
		}
		return pos;
	}

	/** Gamma with integer shape {@code k} and scale 1: a sum of k unit exponentials. */
	private static double gamma(Rng rng, int k) {
		double sum = 0;
		for (int i = 0; i < k; i++) sum += rng.nextExponential();
		return sum;
	}
}
