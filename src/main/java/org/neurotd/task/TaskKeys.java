package org.neurotd.task;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of a Pavlovian trial ({@link TaskParameters}), declared once. */
public final class TaskKeys {

	private TaskKeys() {}

	/** Trial length. */
	public static final Key<Integer> DURATION = Key.integer("duration", 3000, 100, TaskParameters.MAX_DURATION_MS)
		.label("Trial duration").unit("ms").describe("Length of a trial (at least 10 TD steps)");
	/** CS onset. */
	public static final Key<Integer> CS_TIME = Key.integer("cs_time", 500, 0, TaskParameters.MAX_DURATION_MS)
		.label("CS time").unit("ms").describe("Onset of the conditioned stimulus, from the start of the trial");
	/** Reward time, absolute. */
	public static final Key<Integer> REWARD_TIME = Key.integer("reward_time", 1500, 1, TaskParameters.MAX_DURATION_MS)
		.label("Reward time").unit("ms").describe("When the reward arrives, from the start of the trial (not from"
			+ " the CS): after cs_time and before the end of the trial");
	/** TD time step (not a command input: the recordings' time base). */
	public static final Key<Integer> STEP = Key.integer("step", 10, 1, 100).label("TD step").unit("ms")
		.describe("Time step of TD learning (spikes are drawn at 1 ms)");
	/** Reward probability. */
	public static final Key<Double> PROBABILITY = Key.number("probability", 0.8, 0, 1).step(0.05)
		.label("Reward probability").describe("Probability that a trial is rewarded");
	/** Reward size. */
	public static final Key<Double> MAGNITUDE = Key.number("magnitude", 1, 0, 10).label("Reward magnitude")
		.describe("Reward size (1 = a full unpredicted reward)");

	/** The task block. */
	public static final Block<TaskParameters> BLOCK = new Block<>("task",
		List.of(DURATION, CS_TIME, REWARD_TIME, STEP, PROBABILITY, MAGNITUDE),
		v -> new TaskParameters(v.get(DURATION), v.get(CS_TIME), v.get(REWARD_TIME), v.get(STEP), v.get(PROBABILITY),
			v.get(MAGNITUDE)),
		t -> Values.none().with(DURATION, t.durationMs()).with(CS_TIME, t.csTimeMs()).with(REWARD_TIME, t.rewardTimeMs())
			.with(STEP, t.stepMs()).with(PROBABILITY, t.probability()).with(MAGNITUDE, t.magnitude()));
}
