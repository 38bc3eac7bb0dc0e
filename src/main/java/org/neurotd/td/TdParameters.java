package org.neurotd.td;

import org.neurotd.params.Require;

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
		return new TdParameters(0.998, 0.9, 0.1);
	}

	/** Validates the ranges. */
	public TdParameters {
		Require.fraction("gamma", gamma);
		Require.fraction("lambda", lambda);
		Require.between("alpha", alpha, 0.0, 1.0);
	}
}
