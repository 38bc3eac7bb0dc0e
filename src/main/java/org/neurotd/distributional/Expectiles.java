package org.neurotd.distributional;

/** The arithmetic of expectiles shared by the true distribution and the decoder's samples. */
final class Expectiles {

	private Expectiles() {}

	/**
	 * tau E[(X - e)+] - (1 - tau) E[(e - X)+] for X taking {@code values} with {@code weights}: zero
	 * where {@code e} is X's tau-expectile, positive below it.
	 */
	static double condition(double[] values, double[] weights, double tau, double e) {
		double g = 0;
		for (int k = 0; k < values.length; k++) {
			double d = values[k] - e;
			g += weights[k] * (d > 0 ? tau * d : (1 - tau) * d);
		}
		return g;
	}

	/** A mixture of Gaussians of width {@code bandwidth} at {@code values}, evaluated on {@code grid}. */
	static double[] density(double[] values, double[] weights, double[] grid, double bandwidth) {
		double[] out = new double[grid.length];
		double norm = 1 / (bandwidth * Math.sqrt(2 * Math.PI));
		for (int g = 0; g < grid.length; g++) {
			for (int k = 0; k < values.length; k++) {
				double z = (grid[g] - values[k]) / bandwidth;
				out[g] += weights[k] * norm * Math.exp(-0.5 * z * z);
			}
		}
		return out;
	}
}
