package org.neurotd.forecast;

import org.neurotd.params.Require;

/**
 * What determines the forecast sequences and the two feeds, seed included.
 *
 * @param training forecast trials learned before the probes
 * @param raiseChance chance that a second cue raises the forecast in a training trial
 * @param smallReward what the first cue forecasts; also each rewarded feed item's reward
 * @param largeReward what the raised forecast predicts
 * @param neurons dopamine neurons recorded
 * @param trials recorded repetitions of each probe sequence
 * @param feedItems items per feed session
 * @param feedSessions sessions of each feed
 * @param feedRewardChance chance that a feed item is rewarded
 * @param seed master seed
 */
public record ForecastParameters(int training, double raiseChance, double smallReward, double largeReward,
	int neurons, int trials, int feedItems, int feedSessions, double feedRewardChance, long seed)
{
	/** Validates the ranges; each failure names the key. */
	public ForecastParameters {
		ForecastKeys.TRAINING.require(training);
		ForecastKeys.RAISE_CHANCE.require(raiseChance);
		ForecastKeys.SMALL_REWARD.require(smallReward);
		ForecastKeys.LARGE_REWARD.require(largeReward);
		Require.that(largeReward > smallReward, "large_reward", largeReward,
			"more than small_reward (" + smallReward + "): the update raises the forecast");
		ForecastKeys.NEURONS.require(neurons);
		ForecastKeys.TRIALS.require(trials);
		Require.that((long) neurons * trials <= 1_000_000L, "trials", trials,
			"at most 1,000,000 neuron-trials per probe (neurons x trials); here neurons=" + neurons);
		ForecastKeys.FEED_ITEMS.require(feedItems);
		ForecastKeys.FEED_SESSIONS.require(feedSessions);
		ForecastKeys.FEED_REWARD_CHANCE.require(feedRewardChance);
	}

	/** The defaults. */
	public static ForecastParameters defaults() {
		return ForecastKeys.BLOCK.defaults();
	}
}
