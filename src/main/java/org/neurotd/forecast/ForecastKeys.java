package org.neurotd.forecast;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of forecast updates and the endless feed ({@link ForecastParameters}), declared once. */
public final class ForecastKeys {

	private ForecastKeys() {}

	/** Training trials. */
	public static final Key<Integer> TRAINING = Key.integer("training", 2000, 0, 100_000).label("Training trials")
		.describe("Forecast trials (steady or raised, at random) learned by TD before the recorded probes");
	/** Chance of a raised forecast. */
	public static final Key<Double> RAISE_CHANCE = Key.number("raise_chance", 0.5, 0, 1).step(0.05)
		.label("Raise chance")
		.describe("Chance that a second cue raises the forecast in a training trial");
	/** Small reward. */
	public static final Key<Double> SMALL_REWARD = Key.number("small_reward", 0.2, 0, 10).label("Small reward")
		.describe("What the first cue forecasts, and the reward of each rewarded feed item");
	/** Large reward. */
	public static final Key<Double> LARGE_REWARD = Key.number("large_reward", 1.0, 0, 10).label("Large reward")
		.describe("What the raised forecast predicts (larger than the small reward)");
	/** Population size. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 100, 1, 100_000).label("Neurons")
		.describe("Dopamine neurons recorded");
	/** Recorded trials. */
	public static final Key<Integer> TRIALS = Key.integer("trials", 20, 1, 1000).label("Recorded trials")
		.describe("Recorded repetitions of each probe sequence (steady, raised, surprise)");
	/** Feed length. */
	public static final Key<Integer> FEED_ITEMS = Key.integer("feed_items", 30, 2, 1000).label("Feed items")
		.describe("Items per session of a feed");
	/** Feed sessions. */
	public static final Key<Integer> FEED_SESSIONS = Key.integer("feed_sessions", 40, 1, 1000).label("Feed sessions")
		.describe("Sessions of each feed: the ending feed replays its items, the endless one goes on with new ones");
	/** Chance that a feed item is rewarded. */
	public static final Key<Double> FEED_REWARD_CHANCE = Key.number("feed_reward_chance", 0.2, 0, 1)
		.step(0.05).label("Feed reward chance").describe("Chance that a feed item carries the small reward");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same numbers, bit for bit");

	/** The block. */
	public static final Block<ForecastParameters> BLOCK = new Block<>("forecast",
		List.of(TRAINING, RAISE_CHANCE, SMALL_REWARD, LARGE_REWARD, NEURONS, TRIALS, FEED_ITEMS, FEED_SESSIONS,
			FEED_REWARD_CHANCE, SEED),
		v -> new ForecastParameters(v.get(TRAINING), v.get(RAISE_CHANCE), v.get(SMALL_REWARD),
			v.get(LARGE_REWARD), v.get(NEURONS), v.get(TRIALS), v.get(FEED_ITEMS), v.get(FEED_SESSIONS),
			v.get(FEED_REWARD_CHANCE), v.get(SEED)),
		p -> Values.none().with(TRAINING, p.training()).with(RAISE_CHANCE, p.raiseChance())
			.with(SMALL_REWARD, p.smallReward()).with(LARGE_REWARD, p.largeReward()).with(NEURONS, p.neurons())
			.with(TRIALS, p.trials()).with(FEED_ITEMS, p.feedItems()).with(FEED_SESSIONS, p.feedSessions())
			.with(FEED_REWARD_CHANCE, p.feedRewardChance()).with(SEED, p.seed()));
}
