package org.neurotd.tonic;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.params.ParameterText;
import org.neurotd.params.Require;

/**
 * What determines a free-operant session with a tonic envelope, seed included.
 *
 * @param rates the variable-interval schedule's reward rate in each block, rewards/s
 * @param blockS length of a block, s
 * @param tonicTauS time constant of the slow reward average, s
 * @param tonicGain relative rise of the tonic level per reward/s of the average
 * @param envelope where the tonic level acts
 * @param vigourCost C_v, the cost of responding fast (reward s)
 * @param latencyNoise lognormal sigma of a response's latency around the optimum
 * @param neurons dopamine neurons recorded
 * @param seed master seed
 */
public record TonicParameters(List<Double> rates, int blockS, double tonicTauS, double tonicGain, Envelope envelope,
	double vigourCost, double latencyNoise, int neurons, long seed)
{
	/** Lowest and highest block reward rate accepted, rewards/s. */
	public static final double MIN_RATE = 0.01, MAX_RATE = 5;
	/** Longest session accepted, s. */
	public static final int MAX_SESSION_S = 7200;

	/** Validates the ranges. */
	public TonicParameters {
		rates = List.copyOf(rates);
		Require.that(!rates.isEmpty(), "rates", "(none)", "a comma-separated list of reward rates in rewards/s");
		for (double r : rates) {
			Require.that(r >= MIN_RATE && r <= MAX_RATE, "rates", r, "reward rates from " + MIN_RATE + " to " + MAX_RATE
				+ " rewards/s");
		}
		TonicKeys.BLOCK_S.require(blockS);
		TonicKeys.TONIC_TAU.require(tonicTauS);
		TonicKeys.TONIC_GAIN.require(tonicGain);
		java.util.Objects.requireNonNull(envelope, "envelope");
		TonicKeys.VIGOUR_COST.require(vigourCost);
		TonicKeys.LATENCY_NOISE.require(latencyNoise);
		TonicKeys.NEURONS.require(neurons);
		Require.that((long) rates.size() * blockS <= MAX_SESSION_S, "block_s", blockS, "at most " + MAX_SESSION_S
			+ " s of session in all (blocks x block_s); here " + rates.size() + " blocks");
		Require.that((long) rates.size() * blockS * neurons <= 20_000_000L, "neurons", neurons,
			"at most 20,000,000 neuron-seconds (neurons x session length)");
	}

	/** The defaults: 0.2 and 0.4 rewards/s in turn, four blocks of 300 s, 20 s time constant, 100 neurons. */
	public static TonicParameters defaults() {
		return TonicKeys.BLOCK.defaults();
	}

	/** Number of blocks. */
	public int blocks() {
		return rates.size();
	}

	/** Session length, s. */
	public int sessionS() {
		return rates.size() * blockS;
	}

	/** The rates a {@code rates} value lists (comma-separated rewards/s). */
	public static List<Double> rates(String value) {
		List<Double> out = new ArrayList<>();
		for (String part : (value == null ? "" : value).split(",", -1)) {
			out.add(ParameterText.number("rates", part, " in a comma-separated list of reward rates in rewards/s"));
		}
		return out;
	}
}
