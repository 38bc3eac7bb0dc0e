package org.neurotd.decode;

import java.util.List;

import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.ResponseCourse;
import org.neurotd.population.SpikeRaster;

/**
 * Each recorded neuron's response map, estimated from its spikes: the tonic rate and the burst
 * gain that best explain, by least squares over 1 ms bins, the spikes it fired in each trial
 * against the response course that trial's known TD error predicts ({@link ResponseCourse}:
 * {@code rate = tonic * tonicFactor(t) + gain * burstDrive(t)}). Every neuron shares the design,
 * so the normal equations are solved once for all neurons (Commons Math), and the right-hand
 * sides cost one pass over the spikes. Rates cannot be negative, so estimates are clipped at 0.
 */
public final class ResponseMaps {

	private final double[] tonicHz;
	private final double[] gainHz;
	private final boolean gainEstimated;

	private ResponseMaps(double[] tonicHz, double[] gainHz, boolean gainEstimated) {
		this.tonicHz = tonicHz;
		this.gainHz = gainHz;
		this.gainEstimated = gainEstimated;
	}

	/**
	 * Fits the maps of every neuron of {@code raster}.
	 *
	 * @param errors per recorded trial, the TD error per step that drove the population
	 */
	public static ResponseMaps fit(SpikeRaster raster, List<double[]> errors, int stepMs, NeuronParameters neuron) {
		int n = raster.neurons();
		double[][] xty = new double[2][n];
		double tt = 0, tb = 0, bb = 0;
		double[] tonic = new double[raster.durationMs()];
		double[] burst = new double[raster.durationMs()];
		for (int k = 0; k < raster.trials(); k++) {
			course(ResponseCourse.of(errors.get(k), stepMs, neuron), tonic, burst);
			for (int ms = 0; ms < tonic.length; ms++) {
				tt += tonic[ms] * tonic[ms];
				tb += tonic[ms] * burst[ms];
				bb += burst[ms] * burst[ms];
			}
			for (int i = 0; i < n; i++) {
				for (int s = raster.from(k, i), end = raster.to(k, i); s < end; s++) {
					xty[0][i] += tonic[raster.time(s)];
					xty[1][i] += burst[raster.time(s)];
				}
			}
		}
		// Regressors are per-ms factors times 1 ms in seconds, so the coefficients are in Hz.
		double ms = 1e-3;
		RealMatrix design = MatrixUtils.createRealMatrix(new double[][] { { tt, tb }, { tb, bb } }).scalarMultiply(ms * ms);
		RealMatrix rhs = MatrixUtils.createRealMatrix(xty).scalarMultiply(ms);
		double[] b = new double[n];
		double[] g = new double[n];
		DecompositionSolver solver = new LUDecomposition(design).getSolver();
		boolean gainEstimated = bb > 0 && solver.isNonSingular();
		if (gainEstimated) {
			RealMatrix fit = solver.solve(rhs);
			for (int i = 0; i < n; i++) {
				b[i] = Math.max(0, fit.getEntry(0, i));
				g[i] = Math.max(0, fit.getEntry(1, i));
			}
		} else {
			// No positive error in any trial: only the tonic rate can be estimated.
			for (int i = 0; i < n; i++) b[i] = tt > 0 ? rhs.getEntry(0, i) / (tt * ms * ms) : 0;
		}
		return new ResponseMaps(b, g, gainEstimated);
	}

	/** The tonic factor and burst drive of each millisecond of a trial. */
	private static void course(ResponseCourse c, double[] tonic, double[] burst) {
		for (int j = 0; j < c.segments(); j++) {
			for (int ms = c.start(j), end = Math.min(c.end(j), tonic.length); ms < end; ms++) {
				tonic[ms] = c.tonic(j);
				burst[ms] = c.burst(j);
			}
		}
	}

	/** Whether some trial had a positive error, so that the burst gains could be estimated (else 0). */
	public boolean gainEstimated() {
		return gainEstimated;
	}

	/** Number of neurons. */
	public int size() {
		return tonicHz.length;
	}

	/** Estimated tonic rate of neuron {@code i}, Hz. */
	public double tonicHz(int i) {
		return tonicHz[i];
	}

	/** Estimated burst gain of neuron {@code i}, Hz per unit error. */
	public double gainHz(int i) {
		return gainHz[i];
	}

	/** Sum of the estimated tonic rates, Hz. */
	public double totalTonicHz() {
		double s = 0;
		for (double b : tonicHz) s += b;
		return s;
	}

	/** Sum of the estimated burst gains, Hz per unit error. */
	public double totalGainHz() {
		double s = 0;
		for (double g : gainHz) s += g;
		return s;
	}
}
