package org.neurotd.conditioning;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.td.Representation;
import org.neurotd.td.LearnerKeys;
import org.neurotd.td.TdKeys;

/** The keys of a Rescorla-Wagner against TD comparison ({@link ComparisonParameters}), declared once. */
public final class ComparisonKeys {

	private ComparisonKeys() {}

	/** Which learners. */
	public static final Key<String> LEARNER = Key.choice("learner", "both", "both", "td", "rw").label("Learners")
		.describe("Which learning rules to run: both, td (TD(lambda)) or rw (Rescorla-Wagner)");
	/** First phase. */
	public static final Key<Integer> PRETRAINING = Key.integer("pretraining", 300, 0, 100_000).label("Pretraining")
		.describe("Repetitions of the first phase (A -> reward) of each paradigm");
	/** Second phase. */
	public static final Key<Integer> TRAINING = Key.integer("training", 200, 0, 100_000).label("Training")
		.describe("Repetitions of the second phase (AB and CD -> reward; A -> reward and B -> A; C -> B -> A -> reward)");
	/** Event spacing. */
	public static final Key<Integer> CUE_INTERVAL = Key.integer("cue_interval", 500,
		ComparisonParameters.MIN_INTERVAL_MS, 5000).label("Cue interval").unit("ms").describe("Time between successive"
			+ " events of a trial (cue to cue, last cue to reward), a multiple of 10 ms");
	/** TD's representation. */
	public static final Key<String> REPRESENTATION = TdKeys.REPRESENTATION.describe("How TD codes time since each"
		+ " cue: complete serial compound (csc) or microstimulus");
	/** Rescorla-Wagner rate. */
	public static final Key<Double> RW_RATE = LearnerKeys.RW_RATE;
	/** Population size. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 200, 1, 100_000).label("Neurons")
		.describe("Dopamine neurons recorded");
	/** Recorded trials. */
	public static final Key<Integer> TRIALS = Key.integer("trials", 20, 1, 1000).label("Recorded trials")
		.describe("Recorded repetitions of each test trial");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same numbers, bit for bit");

	/** The comparison block. */
	public static final Block<ComparisonParameters> BLOCK = new Block<>("comparison",
		List.of(LEARNER, PRETRAINING, TRAINING, CUE_INTERVAL, REPRESENTATION, RW_RATE, NEURONS, TRIALS, SEED),
		v -> new ComparisonParameters(ComparisonParameters.learners(v.get(LEARNER)), v.get(PRETRAINING),
			v.get(TRAINING), v.get(CUE_INTERVAL), Representation.parse(v.get(REPRESENTATION)), v.get(RW_RATE),
			v.get(NEURONS), v.get(TRIALS), v.get(SEED)),
		p -> Values.none().with(LEARNER, p.learners().size() > 1 ? "both" : p.learners().get(0).key())
			.with(PRETRAINING, p.pretraining()).with(TRAINING, p.training()).with(CUE_INTERVAL, p.cueIntervalMs())
			.with(REPRESENTATION, p.representation().key()).with(RW_RATE, p.rwRate()).with(NEURONS, p.neurons())
			.with(TRIALS, p.trials()).with(SEED, p.seed()));
}
