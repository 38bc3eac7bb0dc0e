package org.neurotd.task;

import org.neurotd.params.Require;

/**
 * One Pavlovian trial: a conditioned stimulus (CS) at {@code csTimeMs}, a reward of
 * {@code magnitude} at {@code rewardTimeMs}, delivered with {@code probability}.
 * Time advances in TD steps of {@code stepMs}; spikes are drawn at 1 ms.
 *
 * @param durationMs trial length in ms
 * @param csTimeMs CS onset in ms
 * @param rewardTimeMs reward time in ms from the start of the trial (not from the CS)
 * @param stepMs TD time step in ms
 * @param probability probability that a trial is rewarded
 * @param magnitude reward size (1 = the unit the population is calibrated to)
 */
public record TaskParameters(int durationMs, int csTimeMs, int rewardTimeMs, int stepMs,
	double probability, double magnitude)
{
	/** Longest trial accepted (spike times are stored per trial). */
	public static final int MAX_DURATION_MS = 60_000;

	/** The defaults of the science notes: CS at 500 ms, reward 1000 ms later, 3 s trials. */
	public static TaskParameters defaults() {
		return TaskKeys.BLOCK.defaults();
	}

	/** Validates every field; throws {@link org.neurotd.params.InvalidParameterException}. */
	public TaskParameters {
		TaskKeys.STEP.require(stepMs);
		TaskKeys.DURATION.require(durationMs);
		Require.between("duration", durationMs, 10 * stepMs, MAX_DURATION_MS);
		Require.that(durationMs % stepMs == 0, "duration", durationMs, "a multiple of step (" + stepMs + " ms)");
		TaskKeys.CS_TIME.require(csTimeMs);
		Require.between("cs_time", csTimeMs, 0, durationMs - 2 * stepMs);
		TaskKeys.REWARD_TIME.require(rewardTimeMs);
		Require.that(rewardTimeMs > csTimeMs, "reward_time", rewardTimeMs,
			"a time after cs_time (" + csTimeMs + " ms) and before duration (" + durationMs + " ms)");
		Require.between("reward_time", rewardTimeMs, csTimeMs + 1, durationMs - stepMs);
		TaskKeys.PROBABILITY.require(probability);
		TaskKeys.MAGNITUDE.require(magnitude);
	}

	/** Number of TD steps in a trial. */
	public int steps() {
		return durationMs / stepMs;
	}

	/** TD step of CS onset. */
	public int csStep() {
		return csTimeMs / stepMs;
	}

	/** TD step at which the reward arrives. */
	public int rewardStep() {
		return rewardTimeMs / stepMs;
	}
}
