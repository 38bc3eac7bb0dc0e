package org.neurotd.deliberation;

import java.util.Arrays;
import java.util.List;

import org.neurotd.params.Require;
import org.neurotd.sweep.KneeKeys;

/**
 * What determines a deliberate-delay sweep, seed included (a hypothesis, the seed's proposal).
 *
 * @param delaysMs the deliberation delays, ascending
 * @param noiseLevels the standard deviations of the evidence samples' noise (the signal is 1)
 * @param sampleRateHz evidence samples per second of deliberation
 * @param intertrialMs time each trial takes besides the deliberation
 * @param trials choices at each delay and noise level, per seed
 * @param seeds independent agents
 * @param seed master seed
 */
public record DeliberationParameters(List<Integer> delaysMs, List<Double> noiseLevels, double sampleRateHz,
	int intertrialMs, int trials, int seeds, long seed)
{
	/** Validates the ranges; each failure names the key. */
	public DeliberationParameters {
		delaysMs = List.copyOf(delaysMs);
		noiseLevels = List.copyOf(noiseLevels);
		for (int k = 1; k < delaysMs.size(); k++) {
			Require.that(delaysMs.get(k) > delaysMs.get(k - 1), "delays", delaysMs.get(k),
				"delays in ascending order, each once");
		}
		DeliberationKeys.SAMPLE_RATE.require(sampleRateHz);
		DeliberationKeys.INTERTRIAL.require(intertrialMs);
		DeliberationKeys.TRIALS.require(trials);
		DeliberationKeys.SEEDS.require(seeds);
		Require.that((long) trials * seeds * delaysMs.size() * noiseLevels.size() <= 50_000_000L, "trials", trials,
			"at most 50,000,000 choices in all (trials x seeds x delays x noise levels)");
	}

	/** The defaults: 0 to 3.2 s, noise 0.5, 2 and 4, 20 samples/s, 3 s per trial besides the delay, 1000 trials x 5 seeds. */
	public static DeliberationParameters defaults() {
		return DeliberationKeys.BLOCK.defaults();
	}

	/** The delays a {@code delays} value lists (comma-separated ms). */
	public static List<Integer> delays(String value) {
		return Arrays.stream(KneeKeys.integers(DeliberationKeys.DELAYS, value, DeliberationKeys.DELAY)).boxed().toList();
	}

	/** The noise levels a {@code noise_levels} value lists. */
	public static List<Double> noises(String value) {
		return Arrays.stream(KneeKeys.numbers(DeliberationKeys.NOISE_LEVELS, value, DeliberationKeys.NOISE)).boxed()
			.toList();
	}
}
