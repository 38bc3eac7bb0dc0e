package org.neurotd.td;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of TD(lambda) learning ({@link TdParameters}), declared once. */
public final class TdKeys {

	private TdKeys() {}

	/** Discount per TD step. */
	public static final Key<Double> GAMMA = Key.number("gamma", 0.998, 0, 1).label("Discount")
		.describe("Discount per TD step (0.998 per 10 ms: about 0.8 over one second)");
	/** Eligibility trace decay. */
	public static final Key<Double> LAMBDA = Key.number("lambda", 0.9, 0, 1).label("Trace decay")
		.describe("Decay of the eligibility traces per TD step");
	/** Learning rate. */
	public static final Key<Double> ALPHA = Key.number("alpha", 0.1, 0, 1).label("Learning rate")
		.describe("Learning rate of the TD weights");

	/** Stimulus representation (a key of the simulation, which holds it beside the TD constants). */
	public static final Key<String> REPRESENTATION = Key.choice("representation", Representation.CSC.key(),
		Representation.CSC.key(), Representation.MICROSTIMULUS.key()).label("Stimulus representation")
		.describe("How time since the CS is coded: complete serial compound (csc) or microstimulus");

	/** The TD learning block. */
	public static final Block<TdParameters> BLOCK = new Block<>("td", List.of(GAMMA, LAMBDA, ALPHA),
		v -> new TdParameters(v.get(GAMMA), v.get(LAMBDA), v.get(ALPHA)),
		t -> Values.none().with(GAMMA, t.gamma()).with(LAMBDA, t.lambda()).with(ALPHA, t.alpha()));
}
