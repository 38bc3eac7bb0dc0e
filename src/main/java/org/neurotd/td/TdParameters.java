package org.neurotd.td;

/**
 * TD(lambda) learning constants.
 *
 * @param gamma discount per TD step (0.998 per 10 ms: about 0.8 over one second)
 * @param lambda eligibility trace decay
 * @param alpha learning rate
 */
public record TdParameters(double gamma, double lambda, double alpha) {

	/** The science notes' defaults. */
	public static TdParameters defaults() {
		return TdKeys.BLOCK.defaults();
	}

	/** Validates the ranges. */
	public TdParameters {
		TdKeys.GAMMA.require(gamma);
		TdKeys.LAMBDA.require(lambda);
		TdKeys.ALPHA.require(alpha);
	}
}
