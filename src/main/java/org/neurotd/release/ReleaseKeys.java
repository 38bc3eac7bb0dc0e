package org.neurotd.release;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of release at a striatal locus ({@link ReleaseParameters}), declared once. */
public final class ReleaseKeys {

	private ReleaseKeys() {}

	/** Inputs pooled by a locus. */
	public static final Key<Integer> CONVERGENCE = Key.integer("convergence", 1000, 1, ReleaseParameters.MAX_CONVERGENCE)
		.label("Dopamine inputs per striatal locus").describe("How many dopamine neurons' terminals one striatal locus"
			+ " pools (an order-of-magnitude estimate); sets the spike and release noise");
	/** Release events per spike. */
	public static final Key<Double> RELEASE_PER_SPIKE = Key.number("release_per_spike", 1, 0.01, 100).step(0.1)
		.label("Release events per spike").describe("Release events a healthy input's spike makes at the locus");

	/** The release block. */
	public static final Block<ReleaseParameters> BLOCK = new Block<>("release", List.of(CONVERGENCE, RELEASE_PER_SPIKE),
		v -> new ReleaseParameters(v.get(CONVERGENCE), v.get(RELEASE_PER_SPIKE)),
		r -> Values.none().with(CONVERGENCE, r.convergence()).with(RELEASE_PER_SPIKE, r.releasePerSpike()));
}
