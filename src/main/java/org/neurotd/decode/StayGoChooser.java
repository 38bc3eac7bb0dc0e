package org.neurotd.decode;

/**
 * Chooses between staying put and going for one of the cues, by softmax over their decoded
 * values, with a small preference for staying. When values flatten, staying wins: "active
 * freezing" (hypothesis, as presented by Montague), not a motor failure.
 */
public final class StayGoChooser {

	private StayGoChooser() {}

	/** Probability of staying put, the expected share of stay choices. */
	public static double stayProbability(double stayBias, double temperature, double... goValues) {
		double max = stayBias;
		for (double v : goValues) max = Math.max(max, v);
		double stay = StrictMath.exp((stayBias - max) / temperature);
		double sum = stay;
		for (double v : goValues) sum += StrictMath.exp((v - max) / temperature);
		return stay / sum;
	}
}
