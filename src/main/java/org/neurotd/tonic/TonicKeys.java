package org.neurotd.tonic;

import java.util.List;
import java.util.stream.Collectors;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of a free-operant session with a tonic envelope ({@link TonicParameters}), declared once. */
public final class TonicKeys {

	private TonicKeys() {}

	/** Reward rate of each block. */
	public static final Key<String> RATES = Key.text("rates", "0.2,0.4,0.2,0.4").label("Reward rates").unit("rewards/s")
		.describe("The variable-interval schedule's reward rate in each block, comma-separated, from 0.01 to 5");
	/** Block length. */
	public static final Key<Integer> BLOCK_S = Key.integer("block_s", 300, 10, 3600).label("Block length").unit("s")
		.describe("Length of each block of the session");
	/** Time constant of the reward average. */
	public static final Key<Double> TONIC_TAU = Key.number("tonic_tau", 20, 0.5, 600).label("Tonic time constant")
		.unit("s").describe("Time constant of the slow average of reward that sets the tonic level and the vigour");
	/** How much the envelope raises the tonic level per unit of reward rate. */
	public static final Key<Double> TONIC_GAIN = Key.number("tonic_gain", 1.5, 0, 10).label("Tonic gain")
		.unit("per reward/s").describe("Relative rise of the tonic firing (or release per spike) per reward per second"
			+ " of the reward average: the tonic level is baseline x (1 + gain x average)");
	/** Where the envelope acts. */
	public static final Key<String> ENVELOPE = Key.choice("envelope", Envelope.FIRING.key(), Envelope.FIRING.key(),
		Envelope.RELEASE.key()).label("Envelope acts on").describe("firing: the cells' tonic rate follows the reward"
			+ " average; release: firing stays, release per spike follows it (Mohebi et al. 2019)");
	/** Vigour cost. */
	public static final Key<Double> VIGOUR_COST = Key.number("vigour_cost", 0.2, 0.001, 100).label("Vigour cost")
		.unit("reward s").describe("C_v of Niv, Daw, Joel & Dayan 2007: the cost of responding with latency L is"
			+ " C_v / L, so the optimal latency is sqrt(C_v / R)");
	/** Latency noise. */
	public static final Key<Double> LATENCY_NOISE = Key.number("latency_noise", 0.3, 0, 2).label("Latency noise")
		.describe("Lognormal sigma of each response's latency around the optimum (0 = none)");
	/** Population size. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 100, 1, 10_000).label("Neurons")
		.describe("Dopamine neurons recorded");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same session, bit for bit");

	/** The tonic session block. */
	public static final Block<TonicParameters> BLOCK = new Block<>("tonic",
		List.of(RATES, BLOCK_S, TONIC_TAU, TONIC_GAIN, ENVELOPE, VIGOUR_COST, LATENCY_NOISE, NEURONS, SEED),
		v -> new TonicParameters(TonicParameters.rates(v.get(RATES)), v.get(BLOCK_S), v.get(TONIC_TAU),
			v.get(TONIC_GAIN), Envelope.parse(v.get(ENVELOPE)), v.get(VIGOUR_COST), v.get(LATENCY_NOISE),
			v.get(NEURONS), v.get(SEED)),
		p -> Values.none().with(RATES, p.rates().stream().map(String::valueOf).collect(Collectors.joining(",")))
			.with(BLOCK_S, p.blockS()).with(TONIC_TAU, p.tonicTauS()).with(TONIC_GAIN, p.tonicGain())
			.with(ENVELOPE, p.envelope().key()).with(VIGOUR_COST, p.vigourCost()).with(LATENCY_NOISE, p.latencyNoise())
			.with(NEURONS, p.neurons()).with(SEED, p.seed()));
}
