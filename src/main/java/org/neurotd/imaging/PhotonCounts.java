package org.neurotd.imaging;

import org.apache.commons.math3.special.Gamma;
import org.neurotd.random.Rng;

/**
 * Poisson photon counts for means that change from pixel to pixel, exactly and cheaply: below
 * {@link #INVERSION_BELOW} by inversion of one uniform draw (the mean's {@code exp(-mean)} from a
 * table and a short series, so no transcendental call per pixel); above, by Hormann's PTRS
 * transformed rejection (1993), whose constants need only a square root and whose logarithms are
 * taken only in its rare slow branch. Both are plain arithmetic or {@link StrictMath}, so the counts
 * are the same on every JVM.
 */
public final class PhotonCounts {

	/** Means below this are drawn by inversion. */
	static final double INVERSION_BELOW = 12;
	private static final int STEPS = 256;
	private static final double[] EXP = new double[(int) INVERSION_BELOW * STEPS + 1];
	private static final int MAX_COUNT = 200;
	private static final double[] RECIPROCAL = new double[MAX_COUNT + 1];
	private static final double DOUBLE_UNIT = 0x1.0p-53;

	static {
		for (int i = 0; i < EXP.length; i++) EXP[i] = StrictMath.exp(-(double) i / STEPS);
		for (int k = 1; k <= MAX_COUNT; k++) RECIPROCAL[k] = 1.0 / k;
	}

	private PhotonCounts() {}

	/** A Poisson count of mean {@code mean} (>= 0). */
	public static int draw(double mean, Rng rng) {
		return mean < INVERSION_BELOW ? inversion(mean, rng) : ptrs(mean, rng);
	}

	private static int inversion(double mean, Rng rng) {
		double u = (rng.nextLong() >>> 11) * DOUBLE_UNIT;
		double p = expMinus(mean), cdf = p;
		int k = 0;
		while (u >= cdf && k < MAX_COUNT) {
			k++;
			p *= mean * RECIPROCAL[k];
			cdf += p;
		}
		return k;
	}

	/** {@code exp(-x)} for 0 <= x < {@link #INVERSION_BELOW}: a table at 1/256 steps times a series for the rest (error below 1e-13). */
	static double expMinus(double x) {
		int i = (int) (x * STEPS);
		double d = x - (double) i / STEPS;
		return EXP[i] * (1 - d * (1 - d * (0.5 - d * (1.0 / 6 - d / 24))));
	}

	private static int ptrs(double mean, Rng rng) {
		double slam = Math.sqrt(mean);
		double b = 0.931 + 2.53 * slam;
		double a = -0.059 + 0.02483 * b;
		double vr = 0.9277 - 3.6224 / (b - 2);
		while (true) {
			double u = rng.nextDouble() - 0.5;
			double v = rng.nextDouble();
			double us = 0.5 - Math.abs(u);
			long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
			if (us >= 0.07 && v <= vr) return (int) k;
			if (k < 0 || (us < 0.013 && v > us)) continue;
			double invAlpha = 1.1239 + 1.1328 / (b - 3.4);
			double lhs = StrictMath.log(v * invAlpha / (a / (us * us) + b));
			double rhs = -mean + k * StrictMath.log(mean) - Gamma.logGamma(k + 1.0);
			if (lhs <= rhs) return (int) k;
		}
	}
}
