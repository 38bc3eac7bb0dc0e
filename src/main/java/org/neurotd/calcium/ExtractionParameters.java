package org.neurotd.calcium;

import java.util.Objects;

/**
 * How traces are extracted from a calcium movie and deconvolved.
 *
 * @param r neuropil coefficient: the trace is F - r x Fneu
 * @param baseline the running baseline filter for dF/F
 * @param windowS the baseline filter's window in s
 * @param percentile the percentile baseline's percentile (0-100)
 * @param sparsity OASIS's penalty on the spikes' sum, in units of the trace's noise SD
 * @param tauMs the AR(1) calcium decay time constant in ms (0 = the indicator's, from the metadata)
 */
public record ExtractionParameters(double r, Baseline baseline, double windowS, double percentile, double sparsity,
	double tauMs)
{
	/** Validates the ranges; each failure names the key. */
	public ExtractionParameters {
		ExtractionKeys.R.require(r);
		Objects.requireNonNull(baseline, "baseline");
		ExtractionKeys.WINDOW.require(windowS);
		ExtractionKeys.PERCENTILE.require(percentile);
		ExtractionKeys.SPARSITY.require(sparsity);
		ExtractionKeys.TAU.require(tauMs);
	}

	/** The defaults. */
	public static ExtractionParameters defaults() {
		return ExtractionKeys.BLOCK.defaults();
	}
}
