package org.neurotd.forage;

/** Softmax choice: {@code p(a) = exp(beta u_a) / sum_b exp(beta u_b)}. */
public final class Softmax {

	private Softmax() {}

	/** The choice probabilities of {@code utilities} at inverse temperature {@code beta}, written into {@code out}. */
	public static double[] probabilities(double[] utilities, double beta, double[] out) {
		double top = Double.NEGATIVE_INFINITY;
		for (double u : utilities) top = Math.max(top, u);
		double sum = 0;
		for (int a = 0; a < utilities.length; a++) {
			// Relative to the largest, so that no exponential overflows at a high beta.
			out[a] = StrictMath.exp(beta * (utilities[a] - top));
			sum += out[a];
		}
		for (int a = 0; a < out.length; a++) out[a] /= sum;
		return out;
	}

	/** The option a uniform draw {@code u} in [0, 1) picks from {@code p}. */
	public static int pick(double[] p, double u) {
		double cumulative = 0;
		for (int a = 0; a < p.length - 1; a++) {
			cumulative += p[a];
			if (u < cumulative) return a;
		}
		return p.length - 1;
	}
}
