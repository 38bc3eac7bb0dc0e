package org.neurotd.serotonin;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of an active-waiting experiment ({@link WaitingParameters}), declared once. */
public final class WaitingKeys {

	private WaitingKeys() {}

	/** Reward probabilities. */
	public static final Key<String> PROBABILITIES = Key.text("probabilities", "0.25,0.5,0.75,0.9")
		.label("Reward probabilities").describe("Reward probabilities, comma-separated, ascending, each above 0 and"
			+ " below 1 (a session of trials at each)");
	/** Reward delay. */
	public static final Key<Double> DELAY = Key.number("delay", 6, 1, 20).label("Reward delay").unit("s")
		.describe("Time from the start of waiting to the reward, when it comes");
	/** Timing uncertainty. */
	public static final Key<Double> TIMING_CV = Key.number("timing_cv", 0.3, 0.05, 1).step(0.05)
		.label("Timing uncertainty").describe("Coefficient of variation of the agent's sense of the delay (scalar"
			+ " timing): how soon a late reward is evidence that none is coming");
	/** Optogenetic activation. */
	public static final Key<Double> ACTIVATION = Key.number("activation", 5, 0, 20).label("Activation").unit("Hz")
		.describe("Rate the light adds to every serotonin neuron while the agent waits, in a random half of trials");
	/** Patience: how strongly serotonin is read. */
	public static final Key<Double> PATIENCE = Key.number("patience", 2, 0, 10).step(0.1).label("Patience")
		.describe("How strongly serotonin activity discounts the evidence that no reward is coming (0: the agent"
			+ " does not read serotonin)");
	/** Trials per session. */
	public static final Key<Integer> TRIALS = Key.integer("trials", 200, 10, 10_000).label("Trials per session")
		.describe("Test trials at each probability and seed (rewarded with the probability)");
	/** Training trials. */
	public static final Key<Integer> TRAINING = Key.integer("training", 100, 0, 100_000).label("Training trials")
		.describe("Trials whose outcomes the agent learns the reward probability from, before the test");
	/** Independent sessions. */
	public static final Key<Integer> SEEDS = Key.integer("seeds", 5, 1, 100).label("Seeds")
		.describe("Independent agents (their own neurons and trials) at each probability; the SEM is over them");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same numbers, bit for bit");

	/** The active-waiting block; the serotonin neurons' size, rate and regularity are the opponent session's keys. */
	public static final Block<WaitingParameters> BLOCK = new Block<>("waiting",
		List.of(PROBABILITIES, DELAY, TIMING_CV, ACTIVATION, PATIENCE, OpponentKeys.SEROTONIN, OpponentKeys.SEROTONIN_RATE,
			OpponentKeys.REGULARITY, TRIALS, TRAINING, SEEDS, SEED),
		v -> new WaitingParameters(WaitingParameters.probabilities(v.get(PROBABILITIES)), v.get(DELAY), v.get(TIMING_CV),
			v.get(ACTIVATION), v.get(PATIENCE), v.get(OpponentKeys.SEROTONIN), v.get(OpponentKeys.SEROTONIN_RATE),
			v.get(OpponentKeys.REGULARITY), v.get(TRIALS), v.get(TRAINING), v.get(SEEDS), v.get(SEED)),
		p -> Values.none()
			.with(PROBABILITIES, p.probabilities().stream().map(x -> String.format(Locale.ROOT, "%s", x))
				.collect(Collectors.joining(",")))
			.with(DELAY, p.delayS()).with(TIMING_CV, p.timingCv()).with(ACTIVATION, p.activationHz())
			.with(PATIENCE, p.patience()).with(OpponentKeys.SEROTONIN, p.neurons())
			.with(OpponentKeys.SEROTONIN_RATE, p.serotoninRateHz()).with(OpponentKeys.REGULARITY, p.regularity())
			.with(TRIALS, p.trials()).with(TRAINING, p.training()).with(SEEDS, p.seeds()).with(SEED, p.seed()));
}
