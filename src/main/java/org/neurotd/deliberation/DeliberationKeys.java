package org.neurotd.deliberation;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of the deliberate-delay sweep ({@link DeliberationParameters}), declared once. */
public final class DeliberationKeys {

	private DeliberationKeys() {}

	/** One deliberation delay (the range each value of {@link #DELAYS} must be in). */
	static final Key<Integer> DELAY = Key.integer("delay", 0, 0, 10_000).unit("ms");
	/** One noise level (the range each value of {@link #NOISE_LEVELS} must be in). */
	static final Key<Double> NOISE = Key.number("noise", 1, 0, 100);

	/** The delays swept. */
	public static final Key<String> DELAYS = Key.text("delays", "0,100,200,300,400,600,800,1200,1600,2400,3200").label("Delays")
		.unit("ms").describe("Deliberation delays before each choice, comma-separated, ascending, each "
			+ DELAY.allowed());
	/** The noise levels swept. */
	public static final Key<String> NOISE_LEVELS = Key.text("noise_levels", "0.5,2,4").label("Noise levels")
		.describe("Standard deviation of each evidence sample's noise (the signal is 1), comma-separated, each "
			+ NOISE.allowed());
	/** Evidence sampling rate. */
	public static final Key<Double> SAMPLE_RATE = Key.number("sample_rate", 20, 0.1, 1000).label("Sampling rate")
		.unit("Hz").describe("Evidence samples per second of deliberation (they arrive at random, Poisson)");
	/** Time per trial besides the delay. */
	public static final Key<Integer> INTERTRIAL = Key.integer("intertrial", 3000, 1, 60_000).label("Intertrial time")
		.unit("ms").describe("Time each trial takes besides the deliberation (choice, outcome, next trial)");
	/** Trials per cell. */
	public static final Key<Integer> TRIALS = Key.integer("trials", 1000, 1, 100_000).label("Trials")
		.describe("Choices at each delay and noise level, per seed");
	/** Seeds. */
	public static final Key<Integer> SEEDS = Key.integer("seeds", 5, 1, 100).label("Seeds")
		.describe("Independent agents (seed, and seeds forked from it) the error bars are taken over");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same numbers, bit for bit");

	/** The block. */
	public static final Block<DeliberationParameters> BLOCK = new Block<>("deliberation",
		List.of(DELAYS, NOISE_LEVELS, SAMPLE_RATE, INTERTRIAL, TRIALS, SEEDS, SEED),
		v -> new DeliberationParameters(DeliberationParameters.delays(v.get(DELAYS)),
			DeliberationParameters.noises(v.get(NOISE_LEVELS)), v.get(SAMPLE_RATE), v.get(INTERTRIAL), v.get(TRIALS),
			v.get(SEEDS), v.get(SEED)),
		p -> Values.none().with(DELAYS, join(p.delaysMs())).with(NOISE_LEVELS, join(p.noiseLevels()))
			.with(SAMPLE_RATE, p.sampleRateHz()).with(INTERTRIAL, p.intertrialMs()).with(TRIALS, p.trials())
			.with(SEEDS, p.seeds()).with(SEED, p.seed()));

	private static String join(List<? extends Number> values) {
		return String.join(",", values.stream().map(String::valueOf).toList());
	}
}
