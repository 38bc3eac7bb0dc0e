package org.neurotd.calcium;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of trace extraction and spike inference ({@link ExtractionParameters}), declared once. */
public final class ExtractionKeys {

	private ExtractionKeys() {}

	/** The calcium movie to read. */
	public static final Key<String> MOVIE = Key.text("movie", "").label("Calcium movie")
		.describe("Path of a calcium movie TIFF (x, y, time), e.g. movie.tif written by Simulate Calcium Imaging;"
			+ " recorded in run.properties, so the result reproduces from the same file");
	/** The ROI set. */
	public static final Key<String> ROIS = Key.text("rois", "").label("ROI set")
		.describe("Path of an ImageJ ROI set (.zip, as the ROI Manager saves it, or one .roi); empty: rois.zip beside"
			+ " the movie");
	/** Neuropil coefficient. */
	public static final Key<Double> R = Key.number("r", 0.7, 0, 2).step(0.05).label("Neuropil coefficient r")
		.describe("The trace is F - r x Fneu, Fneu the mean of the annulus around the cell (0.7: suite2p's default)");
	/** Baseline filter. */
	public static final Key<String> BASELINE = Key.choice("baseline", Baseline.MAXIMIN.key(), Baseline.MAXIMIN.key(),
		Baseline.PERCENTILE.key()).label("Baseline filter")
		.describe("F0 of dF/F: maximin (Gaussian smoothing, running minimum, running maximum) or a running percentile");
	/** Baseline window. */
	public static final Key<Double> WINDOW = Key.numberAbove("window_s", 60, 0, 3600).unit("s").label("Baseline window")
		.describe("Length of the running baseline filter's window");
	/** Percentile of the percentile baseline. */
	public static final Key<Double> PERCENTILE = Key.number("percentile", 8, 0, 100).label("Baseline percentile")
		.describe("Percentile of the percentile baseline (unused by maximin)");
	/** Sparsity penalty. */
	public static final Key<Double> SPARSITY = Key.number("sparsity", 1, 0, 100).step(0.1).label("Sparsity penalty")
		.describe("OASIS penalty on the inferred spikes' sum, in units of the trace's noise SD (0 = none)");
	/** Calcium decay. */
	public static final Key<Double> TAU = Key.number("tau_ms", 0, 0, 100_000).unit("ms").label("Calcium decay time")
		.describe("Decay time constant of the AR(1) calcium model (0 = the indicator's, from the movie's metadata)");

	/** The extraction block. */
	public static final Block<ExtractionParameters> BLOCK = new Block<>("extraction",
		List.of(R, BASELINE, WINDOW, PERCENTILE, SPARSITY, TAU),
		v -> new ExtractionParameters(v.get(R), Baseline.parse(v.get(BASELINE)), v.get(WINDOW), v.get(PERCENTILE),
			v.get(SPARSITY), v.get(TAU)),
		p -> Values.none().with(R, p.r()).with(BASELINE, p.baseline().key()).with(WINDOW, p.windowS())
			.with(PERCENTILE, p.percentile()).with(SPARSITY, p.sparsity()).with(TAU, p.tauMs()));
}
