package org.neurotd.release;

/**
 * How dopamine spikes become release at one striatal locus (science notes, section 3).
 *
 * @param convergence dopamine inputs a striatal locus pools. Each nigrostriatal axon arborises
 *          over a large share of the striatum (Matsuda et al. 2009), so a locus receives
 *          terminals from hundreds to thousands of neurons: an order-of-magnitude estimate, and
 *          the number that sets how much spike and release noise the receptors see
 * @param releasePerSpike release events per spike of a healthy input at the locus: a few
 *          varicosities within reach, each releasing with a low probability per spike, make
 *          about one event (an estimate; it scales the release noise)
 */
public record ReleaseParameters(int convergence, double releasePerSpike) {

	/** Largest convergence accepted. */
	public static final int MAX_CONVERGENCE = 100_000;

	/** Validates the ranges. */
	public ReleaseParameters {
		ReleaseKeys.CONVERGENCE.require(convergence);
		ReleaseKeys.RELEASE_PER_SPIKE.require(releasePerSpike);
	}

	/** A thousand inputs, one release event per spike. */
	public static ReleaseParameters defaults() {
		return ReleaseKeys.BLOCK.defaults();
	}
}
