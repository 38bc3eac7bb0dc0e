package org.neurotd.random;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.util.FastMath;

/**
 * Draws from a continuous distribution at the cost of one 64-bit draw: its quantiles at
 * {@value #CELLS} equally likely cells are tabulated once (by Commons Math), a draw picks a cell
 * with 10 of the bits and places itself uniformly within the cell with the other 53. Inside the
 * cells the density is thus approximated by a constant; the outer cells, which reach to infinity,
 * are drawn exactly by rejection. The quantiles come from Commons Math, whose {@link FastMath} is
 * plain Java arithmetic, so every JVM builds the same table.
 */
public final class QuantileTable {

	/** Number of equally likely cells (a power of two). */
	public static final int CELLS = 1024;
	private static final double DOUBLE_UNIT = 0x1.0p-53;
	private static final Map<Double, QuantileTable> GAMMA = new ConcurrentHashMap<>();
	private static final QuantileTable NORMAL = normalTable();

	private final double[] from = new double[CELLS];
	private final double[] width = new double[CELLS];
	private final Tail lower, upper;

	/** Draws from the distribution conditioned on lying in an outer cell. */
	private interface Tail {
		double draw(Rng rng);
	}

	private QuantileTable(RealDistribution d, Tail lower, Tail upper) {
		double[] q = new double[CELLS + 1];
		for (int i = 1; i < CELLS; i++) q[i] = d.inverseCumulativeProbability(i / (double) CELLS);
		q[0] = d.getSupportLowerBound();
		for (int i = 0; i < CELLS; i++) {
			from[i] = q[i];
			width[i] = i + 1 < CELLS ? q[i + 1] - q[i] : 0;
		}
		this.lower = lower;
		this.upper = upper;
	}

	/**
	 * The gamma distribution of the given shape with mean 1 (rate = shape): its coefficient of
	 * variation is {@code 1 / sqrt(shape)}. Tables are built once per shape.
	 */
	public static QuantileTable gamma(double shape) {
		if (!(shape >= 1 && shape <= 1000)) throw new IllegalArgumentException("gamma shape must be in [1, 1000]: " + shape);
		return GAMMA.computeIfAbsent(shape, QuantileTable::gammaTable);
	}

	/** The standard normal distribution. */
	public static QuantileTable normal() {
		return NORMAL;
	}

	/** One draw. */
	public double draw(Rng rng) {
		long bits = rng.nextLong();
		int cell = (int) bits & (CELLS - 1);
		if (cell == CELLS - 1) return upper.draw(rng);
		if (cell == 0 && lower != null) return lower.draw(rng);
		return from[cell] + (bits >>> 11) * DOUBLE_UNIT * width[cell];
	}

	private static QuantileTable gammaTable(double shape) {
		// Null random generator: Commons Math's sampling (seeded from the clock) is never used.
		GammaDistribution d = new GammaDistribution(null, shape, 1 / shape);
		double low = d.inverseCumulativeProbability(1.0 / CELLS);
		double edge = d.inverseCumulativeProbability(1 - 1.0 / CELLS);
		return new QuantileTable(d, gammaHead(shape, low), gammaTail(shape, edge));
	}

	/**
	 * The gamma distribution below {@code edge}, by rejection: its log-density is concave, so the
	 * density lies below the exponential tangent to it at the edge, which is drawn by inversion.
	 * A regular process (large shape) has its whole first cell far from 0, where a uniform draw
	 * would put intervals that never occur.
	 */
	private static Tail gammaHead(double shape, double edge) {
		double rate = shape;
		double slope = (shape - 1) / edge - rate; // of the log-density at the edge
		double logAtEdge = (shape - 1) * FastMath.log(edge) - rate * edge;
		double span = FastMath.expm1(-slope * edge);
		return rng -> {
			while (true) {
				double u = rng.nextDouble();
				double below = slope == 0 ? u * edge : -FastMath.log1p(u * span) / slope; // distance below the edge
				double x = edge - below;
				double logRatio = (shape - 1) * FastMath.log(x) - rate * x - logAtEdge + slope * below;
				if (rng.nextDouble() < FastMath.exp(logRatio)) return x;
			}
		};
	}

	/**
	 * The gamma tail beyond {@code edge}, by rejection from an exponential tail whose rate is the
	 * hazard at the edge: for a shape of at least 1 the hazard only grows (towards the rate),
	 * so the exponential lies above the tail's density within a factor {@code rate / hazard}.
	 */
	private static Tail gammaTail(double shape, double edge) {
		double rate = shape;
		double logNorm = shape * FastMath.log(rate) - Gamma.logGamma(shape);
		double logSurvival = FastMath.log(Gamma.regularizedGammaQ(shape, rate * edge));
		double hazard = FastMath.exp(logNorm + (shape - 1) * FastMath.log(edge) - rate * edge - logSurvival);
		return rng -> {
			while (true) {
				double x = edge + rng.nextExponential() / hazard;
				// Density of the tail over the proposal's, divided by its bound rate / hazard.
				double logRatio = logNorm + (shape - 1) * FastMath.log(x) - rate * x - logSurvival
					+ hazard * (x - edge) - FastMath.log(rate);
				if (rng.nextDouble() < FastMath.exp(logRatio)) return x;
			}
		};
	}

	private static QuantileTable normalTable() {
		NormalDistribution d = new NormalDistribution(null, 0, 1);
		double edge = -d.inverseCumulativeProbability(1.0 / CELLS);
		return new QuantileTable(d, rng -> -normalTail(rng, edge), rng -> normalTail(rng, edge));
	}

	/** The standard normal beyond {@code edge} > 0 (Marsaglia 1964). */
	private static double normalTail(Rng rng, double edge) {
		while (true) {
			double x = rng.nextExponential() / edge;
			if (2 * rng.nextExponential() > x * x) return edge + x;
		}
	}
}
