package org.neurotd.delay;

import java.util.List;

import org.neurotd.params.Require;
import org.neurotd.td.Representation;

/**
 * What determines a CS-reward delay series, seed included.
 *
 * @param delaysMs the CS-reward delays, ascending
 * @param representations the stimulus representations run at every delay
 * @param training rewarded trials of learning at each delay before the probes
 * @param neurons dopamine neurons recorded
 * @param trials recorded repetitions of each probe (rewarded, omitted)
 * @param seed master seed
 */
public record DelayParameters(List<Integer> delaysMs, List<Representation> representations, int training,
	int neurons, int trials, long seed)
{
	/** Longest delay accepted, ms. */
	public static final int MAX_DELAY_MS = 30_000;

	/** Validates the ranges. */
	public DelayParameters {
		delaysMs = List.copyOf(delaysMs);
		representations = List.copyOf(representations);
		Require.that(!delaysMs.isEmpty(), "delays", "(none)", "a comma-separated list of delays in ms");
		int previous = 0;
		for (int d : delaysMs) {
			Require.that(d >= DelaySeries.WINDOW_END_MS && d <= MAX_DELAY_MS && d % DelaySeries.STEP_MS == 0, "delays",
				d, "delays from " + DelaySeries.WINDOW_END_MS + " to " + MAX_DELAY_MS + " ms, multiples of "
					+ DelaySeries.STEP_MS + " ms");
			Require.that(d > previous, "delays", d, "delays in ascending order, each once");
			previous = d;
		}
		Require.that(!representations.isEmpty(), "representation", "(none)", "both, csc or microstimulus");
		DelayKeys.TRAINING.require(training);
		DelayKeys.NEURONS.require(neurons);
		DelayKeys.TRIALS.require(trials);
		Require.that((long) neurons * trials <= 1_000_000L, "trials", trials,
			"at most 1,000,000 neuron-trials per probe (neurons x trials); here neurons=" + neurons);
	}

	/** The defaults: 1, 2, 4, 8 and 16 s, both representations, 1500 training trials, 200 neurons x 20 trials. */
	public static DelayParameters defaults() {
		return DelayKeys.BLOCK.defaults();
	}

	/** The delays a {@code delays} value lists (comma-separated ms). */
	public static List<Integer> delays(String value) {
		List<Integer> out = new java.util.ArrayList<>();
		for (String part : (value == null ? "" : value).split(",", -1)) {
			try {
				out.add(Integer.parseInt(part.trim()));
			}
			catch (NumberFormatException e) {
				Require.that(false, "delays", value, "a comma-separated list of delays in ms");
			}
		}
		return out;
	}

	/** The representations a {@code representation} value names: {@code both}, {@code csc} or {@code microstimulus}. */
	public static List<Representation> representations(String value) {
		if ("both".equals(value)) return List.of(Representation.values());
		return List.of(Representation.parse(value));
	}
}
