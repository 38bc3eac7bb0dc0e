package org.neurotd.distributional;

import java.util.Arrays;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunctionGradient;
import org.apache.commons.math3.optim.nonlinear.scalar.gradient.NonLinearConjugateGradientOptimizer;
import org.neurotd.random.Rng;

/**
 * Dabney et al.'s (2020) imputation: the reward distribution whose expectiles, at the neurons'
 * asymmetries, are the reversal points measured from their spikes. The distribution is a set of
 * equally weighted samples, found by minimising the summed squared expectile conditions (Commons
 * Math's nonlinear conjugate gradient, from several seeded starts). Each sample is kept within the
 * range of reward sizes by a logistic map of an unbounded variable.
 */
public final class ExpectileDecoder {

	/** Samples in a decoded distribution. */
	public static final int SAMPLES = 30;
	private static final int STARTS = 4;

	private ExpectileDecoder() {}

	/**
	 * The samples, ascending, of the distribution whose {@code asymmetries[i]}-expectile is
	 * {@code reversals[i]}, within {@code [low, high]}; NaN reversal points are left out.
	 */
	public static double[] decode(double[] asymmetries, double[] reversals, double low, double high, Rng rng) {
		Loss loss = new Loss(select(asymmetries, reversals), select(reversals, reversals), low, high);
		double[] best = null;
		double bestLoss = Double.POSITIVE_INFINITY;
		for (int s = 0; s < STARTS; s++) {
			Rng start = rng.fork(s);
			double[] u0 = new double[SAMPLES];
			for (int m = 0; m < SAMPLES; m++) u0[m] = 4 * (start.nextDouble() - 0.5);
			var optimizer = new NonLinearConjugateGradientOptimizer(NonLinearConjugateGradientOptimizer.Formula.POLAK_RIBIERE,
				new SimpleValueChecker(1e-14, 1e-14));
			var result = optimizer.optimize(new MaxEval(20_000), new MaxIter(20_000), GoalType.MINIMIZE,
				new InitialGuess(u0), new ObjectiveFunction(loss::value), new ObjectiveFunctionGradient(loss::gradient));
			if (result.getValue() < bestLoss) {
				bestLoss = result.getValue();
				best = loss.samples(result.getPoint());
			}
		}
		Arrays.sort(best);
		return best;
	}

	/**
	 * The summed squared expectile conditions of the samples {@code z(u)}, and its gradient in
	 * {@code u}: each condition is linear in every sample on either side of its reversal point.
	 */
	private record Loss(double[] tau, double[] e, double low, double high) {

		double[] samples(double[] u) {
			double[] z = new double[u.length];
			for (int m = 0; m < u.length; m++) z[m] = low + (high - low) / (1 + Math.exp(-u[m]));
			return z;
		}

		double[] conditions(double[] z) {
			double[] w = new double[z.length], g = new double[tau.length];
			Arrays.fill(w, 1.0 / z.length);
			for (int i = 0; i < tau.length; i++) g[i] = Expectiles.condition(z, w, tau[i], e[i]);
			return g;
		}

		double value(double[] u) {
			double sum = 0;
			for (double g : conditions(samples(u))) sum += g * g;
			return sum;
		}

		double[] gradient(double[] u) {
			double[] z = samples(u), g = conditions(z), out = new double[u.length];
			for (int m = 0; m < u.length; m++) {
				double d = 0;
				for (int i = 0; i < tau.length; i++) d += 2 * g[i] * (z[m] > e[i] ? tau[i] : 1 - tau[i]) / z.length;
				double s = (z[m] - low) / (high - low);
				out[m] = d * (high - low) * s * (1 - s);
			}
			return out;
		}
	}

	/** The decoded samples as a density on {@code grid}, smoothed as the true distribution is. */
	public static double[] density(double[] samples, double[] grid, double bandwidth) {
		double[] w = new double[samples.length];
		Arrays.fill(w, 1.0 / samples.length);
		return Expectiles.density(samples, w, grid, bandwidth);
	}

	private static double[] select(double[] values, double[] reversals) {
		int n = 0;
		double[] out = new double[values.length];
		for (int i = 0; i < values.length; i++) if (!Double.isNaN(reversals[i])) out[n++] = values[i];
		return Arrays.copyOf(out, n);
	}
}
