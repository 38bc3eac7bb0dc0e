package org.neurotd.serotonin;

import org.neurotd.population.FiringModel;
import org.neurotd.random.Rng;

/**
 * Spikes of a renewal process with a time-varying rate, by time rescaling: the firing model's
 * intervals (mean 1 in integrated rate) are mapped back to time through the rate, which is
 * constant within each TD step, and events inside the refractory period of the last spike are
 * dropped. The cost grows with steps plus spikes.
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
	static int generate(double[] rateHz, int stepMs, FiringModel model, double refractoryMs, Rng rng, double[] cumulative,
		int[] out, int pos)
	{
		int steps = rateHz.length;
		cumulative[0] = 0;
		for (int k = 0; k < steps; k++) cumulative[k + 1] = cumulative[k] + rateHz[k] * stepMs / 1000;
		double total = cumulative[steps];
		double event = model.first(rng);
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
			event += model.interval(rng);
		}
		return pos;
	}
}
