package org.neurotd.calcium;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.StatUtils;

/**
 * From raw ROI and neuropil traces to dF/F and inferred spikes: neuropil subtraction, a running
 * baseline, and OASIS deconvolution with the AR(1) decay of the indicator.
 */
public final class TraceAnalysis {

	/** SD of the maximin baseline's Gaussian smoothing, in s (suite2p's 10 frames at 30 Hz). */
	public static final double SMOOTHING_S = 1.0 / 3;

	private TraceAnalysis() {}

	/**
	 * The calcium decay per frame of an AR(1) model with decay time constant {@code tauMs}.
	 *
	 * @throws IllegalArgumentException if the frames are so long that the calcium decays to
	 *           nothing in one (the frame rate is too low for the indicator)
	 */
	public static double decayPerFrame(double tauMs, double frameMs) {
		double g = Math.exp(-frameMs / tauMs);
		if (!(g > 0.01 && g < 1)) {
			throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "a %.1f ms frame is too long for a"
				+ " %.1f ms calcium decay: the indicator's transient is gone by the next frame", frameMs, tauMs));
		}
		return g;
	}

	/**
	 * Analyses every ROI's traces.
	 *
	 * @param raw F and Fneu per ROI
	 * @param p the extraction parameters (its {@code tauMs} is replaced by {@code tauMs} here)
	 * @param frameMs the frame interval
	 * @param tauMs the calcium decay time constant the deconvolution assumes
	 * @param dffPerSpike one spike's dF/F (NaN when unknown: inferred spikes stay in dF/F)
	 */
	public static List<CellTrace> analyse(RawTraces raw, ExtractionParameters p, double frameMs, double tauMs,
		double dffPerSpike)
	{
		double g = decayPerFrame(tauMs, frameMs);
		int window = Math.max(1, (int) Math.round(p.windowS() * 1000 / frameMs));
		double smoothing = SMOOTHING_S * 1000 / frameMs;
		double perSpike = Double.isNaN(dffPerSpike) ? 1 : dffPerSpike;
		List<CellTrace> out = new ArrayList<>();
		for (int r = 0; r < raw.rois(); r++) {
			double[] f = raw.f()[r], fneu = raw.fneu()[r];
			double[] corrected = new double[f.length];
			for (int t = 0; t < f.length; t++) corrected[t] = f[t] - (Double.isNaN(fneu[t]) ? 0 : p.r() * fneu[t]);
			double[] dff = dff(corrected, p.baseline().of(corrected, window, smoothing, p.percentile()));
			double sd = noiseSd(dff, g);
			Oasis.Deconvolution d = Oasis.deconvolve(dff, g, p.sparsity() * sd, 0);
			double[] inferred = d.spikes().clone();
			for (int t = 0; t < inferred.length; t++) inferred[t] /= perSpike;
			out.add(new CellTrace(f, fneu, dff, d.calcium(), inferred, sd));
		}
		return out;
	}

	private static double[] dff(double[] f, double[] f0) {
		double[] dff = new double[f.length];
		for (int t = 0; t < f.length; t++) dff[t] = f0[t] > 0 ? (f[t] - f0[t]) / f0[t] : 0;
		return dff;
	}

	/**
	 * The noise SD of an AR(1) trace, robustly: the residual {@code y[t] - g y[t-1]} is a spike
	 * (sparse, positive) plus noise of variance {@code (1 + g^2) sd^2}, so its median absolute
	 * deviation over 0.6745 estimates the noise part.
	 */
	public static double noiseSd(double[] y, double g) {
		if (y.length < 3) return 0;
		double[] e = new double[y.length - 1];
		for (int t = 1; t < y.length; t++) e[t - 1] = y[t] - g * y[t - 1];
		double median = median(e);
		for (int i = 0; i < e.length; i++) e[i] = Math.abs(e[i] - median);
		return median(e) / 0.6745 / Math.sqrt(1 + g * g);
	}

	private static double median(double[] x) {
		return StatUtils.percentile(x, 50);
	}
}
