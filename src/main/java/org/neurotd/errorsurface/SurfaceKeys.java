package org.neurotd.errorsurface;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.sweep.KneeKeys;
import org.neurotd.td.TdKeys;

/** The keys of the prediction-error surface protocol ({@link SurfaceParameters}), declared once. */
public final class SurfaceKeys {

	private SurfaceKeys() {}

	/** Trials in the session. */
	public static final Key<Integer> TRIALS = Key.integer("trials", 250, SurfaceParameters.MIN_TRIALS, 2000)
		.label("Trials").describe("Trials in the session, acquisition then extinction, every one recorded");
	/** Trials whose reward is withheld. */
	public static final Key<String> WITHHELD = Key.text("withheld", "60,100,140").label("Reward withheld on trials")
		.describe("Acquisition trials (numbered from 1) whose reward is withheld, comma-separated; none for none");
	/** First trial of extinction. */
	public static final Key<Integer> EXTINCTION = Key.integer("extinction", 161, 2, 2001).label("Extinction from trial")
		.describe("First trial (numbered from 1) of extinction, from which the reward never comes; trials + 1 for none");
	/** TD(lambda) trace decays. */
	public static final Key<String> LAMBDAS = Key.text("lambdas", "0,0.5,0.9,0.99,1").label("Trace decays")
		.describe("Comma-separated eligibility trace decays (lambda per " + ErrorSurface.STEP_MS
			+ " ms step, each from 0 to 1), one session each; the figure shows the first and the last");
	/** Learning rate. */
	public static final Key<Double> ALPHA = TdKeys.ALPHA.withDefault(0.3);
	/** Population size. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 100, 1, 10_000).label("Neurons")
		.describe("Dopamine neurons recorded");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same numbers, bit for bit");

	/** The protocol block. */
	public static final Block<SurfaceParameters> BLOCK = new Block<>("mds96",
		List.of(TRIALS, WITHHELD, EXTINCTION, LAMBDAS, ALPHA, NEURONS, SEED),
		v -> new SurfaceParameters(v.get(TRIALS), withheld(v.get(WITHHELD)), v.get(EXTINCTION),
			KneeKeys.numbers(LAMBDAS, v.get(LAMBDAS), TdKeys.LAMBDA), v.get(ALPHA), v.get(NEURONS), v.get(SEED)),
		p -> Values.none().with(TRIALS, p.trials()).with(WITHHELD, text(p.withheld())).with(EXTINCTION, p.extinction())
			.with(LAMBDAS, Arrays.stream(p.lambdas()).mapToObj(Double::toString).collect(Collectors.joining(",")))
			.with(ALPHA, p.alpha()).with(NEURONS, p.neurons()).with(SEED, p.seed()));

	/** The trials a {@code withheld} value lists ({@code none} or empty for none). */
	public static int[] withheld(String text) {
		if (text == null || text.isBlank() || text.trim().equals("none")) return new int[0];
		return KneeKeys.integers(WITHHELD, text, TRIALS.withDefault(1));
	}

	private static String text(int[] trials) {
		return trials.length == 0 ? "none" : IntStream.of(trials).mapToObj(Integer::toString).collect(Collectors.joining(","));
	}
}
