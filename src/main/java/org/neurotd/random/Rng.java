package org.neurotd.random;

/**
 * The one source of randomness in Dopamine TD: a seeded, splittable SplitMix64 generator.
 * <p>
 * Children are derived with {@link #fork(long...)} from this generator's <em>key</em>, never
 * from how many numbers it has already drawn, so the stream a neuron or a trial gets depends
 * only on the seed and its own indices. That is what makes a recording identical bit for bit at
 * any thread count: work can be split and scheduled in any order. All transcendental functions
 * go through {@link StrictMath}, whose results are specified to the bit on every JVM.
 */
public final class Rng {

	private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
	private static final double DOUBLE_UNIT = 0x1.0p-53;

	private final long key;
	private long state;
	private double spareGaussian = Double.NaN;
	private double ptrsMean = Double.NaN, ptrsLogLam, ptrsA, ptrsB, ptrsInvAlpha, ptrsVr;

	/** A generator for a master seed. */
	public Rng(long seed) {
		this.key = mix(seed ^ 0x5deece66dL);
		this.state = key;
	}

	private Rng(long key, boolean derived) {
		this.key = key;
		this.state = key;
	}

	/**
	 * An independent child generator named by {@code path}: the same path always gives the
	 * same child, whatever this generator has drawn so far.
	 */
	public Rng fork(long... path) {
		long k = key;
		for (long p : path) {
			k = mix(k + GOLDEN_GAMMA * (p + 1));
		}
		return new Rng(mix(k ^ 0x2545f4914f6cdd1dL), true);
	}

	/** Next 64 random bits. */
	public long nextLong() {
		state += GOLDEN_GAMMA;
		return mix(state);
	}

	/** Uniform in [0, 1). */
	public double nextDouble() {
		return (nextLong() >>> 11) * DOUBLE_UNIT;
	}

	/** Uniform integer in [0, bound). */
	public int nextInt(int bound) {
		if (bound <= 0) throw new IllegalArgumentException("bound must be positive: " + bound);
		return (int) ((nextLong() >>> 33) * bound >>> 31);
	}

	/**
	 * Exponential with mean 1, by the ziggurat method (Marsaglia &amp; Tsang 2000): one 64-bit draw
	 * and a comparison in 98 % of the calls; the rest fall back to rejection in the layer's wedge
	 * or the exact tail. The tables are computed once with {@link StrictMath}, so draws are the
	 * same on every JVM.
	 */
	public double nextExponential() {
		while (true) {
			long bits = nextLong();
			int layer = (int) bits & 0xff;
			long u = bits >>> 11; // 53 bits, disjoint from the layer's 8
			if (u < ExponentialZiggurat.ACCEPT[layer]) return u * ExponentialZiggurat.WIDTH[layer];
			if (layer == 0) return ExponentialZiggurat.R - StrictMath.log(1.0 - nextDouble());
			double x = u * ExponentialZiggurat.WIDTH[layer];
			double low = ExponentialZiggurat.DENSITY[layer];
			double y = low + nextDouble() * (ExponentialZiggurat.DENSITY[layer - 1] - low);
			if (ExponentialZiggurat.underDensity(layer, x, y)) return x;
		}
	}

	/** A child named by two indices: the same as {@code fork(a, b)}, without the varargs array. */
	public Rng fork(long a, long b) {
		long k = mix(key + GOLDEN_GAMMA * (a + 1));
		k = mix(k + GOLDEN_GAMMA * (b + 1));
		return new Rng(mix(k ^ 0x2545f4914f6cdd1dL), true);
	}

	/** Standard normal (Box-Muller, pairs cached). */
	public double nextGaussian() {
		if (!Double.isNaN(spareGaussian)) {
			double g = spareGaussian;
			spareGaussian = Double.NaN;
			return g;
		}
		double r = StrictMath.sqrt(2.0 * nextExponential());
		double phi = 2.0 * StrictMath.PI * nextDouble();
		spareGaussian = r * StrictMath.sin(phi);
		return r * StrictMath.cos(phi);
	}

	/**
	 * Poisson count with the given mean: Knuth's product method for small means, Hormann's
	 * PTRS transformed rejection for large ones (exact for all means).
	 */
	public int nextPoisson(double mean) {
		if (!(mean >= 0)) throw new IllegalArgumentException("Poisson mean must be >= 0: " + mean);
		if (mean == 0) return 0;
		return mean < 10 ? poissonSmall(mean) : poissonPtrs(mean);
	}

	private int poissonSmall(double mean) {
		double limit = StrictMath.exp(-mean);
		double product = nextDouble();
		int n = 0;
		while (product > limit) {
			product *= nextDouble();
			n++;
		}
		return n;
	}

	private int poissonPtrs(double mean) {
		if (mean != ptrsMean) {
			// Callers often draw many counts with one mean: its constants are kept.
			ptrsMean = mean;
			double slam = StrictMath.sqrt(mean);
			ptrsLogLam = StrictMath.log(mean);
			ptrsB = 0.931 + 2.53 * slam;
			ptrsA = -0.059 + 0.02483 * ptrsB;
			ptrsInvAlpha = 1.1239 + 1.1328 / (ptrsB - 3.4);
			ptrsVr = 0.9277 - 3.6224 / (ptrsB - 2);
		}
		double a = ptrsA, b = ptrsB, invAlpha = ptrsInvAlpha, vr = ptrsVr, logLam = ptrsLogLam;
		while (true) {
			double u = nextDouble() - 0.5;
			double v = nextDouble();
			double us = 0.5 - Math.abs(u);
			long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
			if (us >= 0.07 && v <= vr) return (int) k;
			if (k < 0 || (us < 0.013 && v > us)) continue;
			double lhs = StrictMath.log(v * invAlpha / (a / (us * us) + b));
			double rhs = -mean + k * logLam - logFactorial(k);
			if (lhs <= rhs) return (int) k;
		}
	}

	private static double logFactorial(long k) {
		if (k < 2) return 0;
		double x = k + 1.0;
		// Stirling series for ln Gamma(k + 1); exact enough (error < 1e-10) for k >= 2.
		if (k < 20) {
			double s = 0;
			for (long i = 2; i <= k; i++) s += StrictMath.log(i);
			return s;
		}
		return (x - 0.5) * StrictMath.log(x) - x + 0.5 * StrictMath.log(2 * StrictMath.PI)
			+ 1.0 / (12 * x) - 1.0 / (360 * x * x * x);
	}

	/** The murmur3/SplitMix64 finaliser: a bijective 64-bit mix. */
	public static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
		z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
		return z ^ (z >>> 31);
	}
}
