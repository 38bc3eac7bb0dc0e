package org.neurotd.population;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of how rates become spikes ({@link FiringParameters}), declared once. */
public final class FiringKeys {

	private FiringKeys() {}

	/** The renewal process. */
	public static final Key<String> FIRING = Key.choice("firing", Firing.GAMMA.key(), Firing.GAMMA.key(),
		Firing.POISSON.key()).label("Firing model").describe("gamma: renewal intervals more regular than Poisson, as"
			+ " recorded dopamine neurons fire; poisson: the most irregular");
	/** Gamma shape. */
	public static final Key<Double> REGULARITY = Key.number("regularity", 3, 1, FiringParameters.MAX_REGULARITY)
		.label("Regularity").describe("Gamma shape of the interspike intervals (1 = as irregular as Poisson; ISI CV ="
			+ " 1 / sqrt(shape)); ignored by Poisson firing");
	/** Latency jitter. */
	public static final Key<Double> JITTER = Key.number("jitter", 10, 0, FiringParameters.MAX_JITTER_MS)
		.label("Latency jitter").unit("ms").describe("SD of the response latency across neurons and trials");

	/** The firing block. */
	public static final Block<FiringParameters> BLOCK = new Block<>("firing", List.of(FIRING, REGULARITY, JITTER),
		v -> new FiringParameters(Firing.parse(v.get(FIRING)), v.get(REGULARITY), v.get(JITTER)),
		f -> Values.none().with(FIRING, f.firing().key()).with(REGULARITY, f.regularity()).with(JITTER, f.jitterMs()));
}
