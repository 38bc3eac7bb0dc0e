package org.neurotd.delay;

import java.util.List;
import java.util.stream.Collectors;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.td.Representation;

/** The keys of a CS-reward delay series ({@link DelayParameters}), declared once. */
public final class DelayKeys {

	private DelayKeys() {}

	/** The delays. */
	public static final Key<String> DELAYS = Key.text("delays", "1000,2000,4000,8000,16000").label("Delays").unit("ms")
		.describe("CS-reward delays, comma-separated, ascending, multiples of 10 ms from 300 to 30000");
	/** Which representations. */
	public static final Key<String> REPRESENTATION = Key.choice("representation", "both", "both",
		Representation.CSC.key(), Representation.MICROSTIMULUS.key()).label("Stimulus representation")
		.describe("Which representations to run: both, csc (complete serial compound) or microstimulus");
	/** Training at each delay. */
	public static final Key<Integer> TRAINING = Key.integer("training", 1500, 0, 100_000).label("Training trials")
		.describe("Rewarded trials of TD learning at each delay before the probes");
	/** Population size. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 200, 1, 100_000).label("Neurons")
		.describe("Dopamine neurons recorded");
	/** Recorded trials. */
	public static final Key<Integer> TRIALS = Key.integer("trials", 20, 1, 1000).label("Recorded trials")
		.describe("Recorded repetitions of each probe (rewarded, omitted)");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same numbers, bit for bit");

	/** The delay series block. */
	public static final Block<DelayParameters> BLOCK = new Block<>("delays",
		List.of(DELAYS, REPRESENTATION, TRAINING, NEURONS, TRIALS, SEED),
		v -> new DelayParameters(DelayParameters.delays(v.get(DELAYS)),
			DelayParameters.representations(v.get(REPRESENTATION)), v.get(TRAINING), v.get(NEURONS), v.get(TRIALS),
			v.get(SEED)),
		p -> Values.none().with(DELAYS, p.delaysMs().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.with(REPRESENTATION, p.representations().size() > 1 ? "both" : p.representations().get(0).key())
			.with(TRAINING, p.training()).with(NEURONS, p.neurons()).with(TRIALS, p.trials()).with(SEED, p.seed()));
}
