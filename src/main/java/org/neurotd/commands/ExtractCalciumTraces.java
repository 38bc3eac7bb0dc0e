package org.neurotd.commands;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.math3.stat.StatUtils;
import org.neurotd.calcium.CalciumExtraction;
import org.neurotd.calcium.ExtractionKeys;
import org.neurotd.calcium.ExtractionParameters;
import org.neurotd.calcium.ExtractionTables;
import org.neurotd.calcium.GroundTruth;
import org.neurotd.calcium.MovieMetadata;
import org.neurotd.decode.Hypotheses;
import org.neurotd.decode.ReadoutKeys;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.ij1.CalciumMovies;
import org.neurotd.ij1.CalciumPlots;
import org.neurotd.ij1.Plots;
import org.neurotd.ij1.RoiSets;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.Table;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Extracts calcium traces from a movie and infers spikes: ROI and neuropil traces, dF/F, OASIS
 * deconvolution, the inferred spikes' accuracy against the ground truth, and the decoded TD
 * error and value from the inferred spikes next to those from the imaged cells' true spikes.
 */
@Plugin(type = Command.class, name = "extract", priority = 26, menuPath = ExtractCalciumTraces.MENU_PATH,
	label = ExtractCalciumTraces.LABEL,
	description = "Extract ROI traces from a calcium movie (neuropil-corrected dF/F), infer spikes by OASIS"
		+ " deconvolution and decode the TD error and value from them; the flattening of value with loss"
		+ " (receptor readout) and active freezing are hypotheses")
public class ExtractCalciumTraces extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Extract Calcium Traces";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;
	/** The ROI set a simulated movie has beside it. */
	public static final String DEFAULT_ROIS = "rois.zip";

	/** The movie, its ROIs, the extraction and readout blocks. */
	static final List<Key<?>> INPUTS = join(List.of(ExtractionKeys.MOVIE, ExtractionKeys.ROIS),
		ExtractionKeys.BLOCK.keys(), ReadoutKeys.BLOCK.keys(), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Calcium movie",
		description = "Path of a calcium movie TIFF (x, y, time), e.g. movie.tif written by Simulate Calcium"
			+ " Imaging; recorded in run.properties, so the result reproduces from the same file", required = false,
		persist = false)
	private String movie = "";

	@Parameter(label = "ROI set",
		description = "Path of an ImageJ ROI set (.zip, as the ROI Manager saves it, or one .roi); empty: rois.zip"
			+ " beside the movie", required = false, persist = false)
	private String rois = "";

	@Parameter(label = "Neuropil coefficient r",
		description = "The trace is F - r x Fneu, Fneu the mean of the annulus around the cell (0.7: suite2p's"
			+ " default)", min = "0", max = "2", stepSize = "0.05", persist = false)
	private double r = 0.7;

	@Parameter(label = "Baseline filter",
		description = "F0 of dF/F: maximin (Gaussian smoothing, running minimum, running maximum) or a running"
			+ " percentile", choices = { "maximin", "percentile" }, persist = false)
	private String baseline = "maximin";

	@Parameter(label = "Baseline window (s)", description = "Length of the running baseline filter's window", min = "0",
		max = "3600", persist = false)
	private double window_s = 60;

	@Parameter(label = "Baseline percentile", description = "Percentile of the percentile baseline (unused by maximin)",
		min = "0", max = "100", persist = false)
	private double percentile = 8;

	@Parameter(label = "Sparsity penalty",
		description = "OASIS penalty on the inferred spikes' sum, in units of the trace's noise SD (0 = none)",
		min = "0", max = "100", stepSize = "0.1", persist = false)
	private double sparsity = 1;

	@Parameter(label = "Calcium decay time (ms)",
		description = "Decay time constant of the AR(1) calcium model (0 = the indicator's, from the movie's metadata)",
		min = "0", max = "100000", persist = false)
	private double tau_ms = 0;

	@Parameter(label = "Striatal readout",
		description = "receptor: saturating, with a detection threshold (the flattening hypothesis); linear:"
			+ " release read as it is", choices = { "receptor", "linear" }, persist = false)
	private String readout = "receptor";

	@Parameter(label = "Detection threshold",
		description = "Smallest phasic concentration the receptors detect, as a fraction of a full burst", min = "0",
		max = "1", stepSize = "0.01", persist = false)
	private double threshold = 0.3;

	@Parameter(label = "Dopamine inputs per striatal locus",
		description = "How many dopamine neurons' terminals one striatal locus pools (an order-of-magnitude"
			+ " estimate); sets the spike and release noise", min = "1", max = "100000", persist = false)
	private int convergence = 1000;

	@Parameter(label = "Release events per spike",
		description = "Release events a healthy input's spike makes at the locus", min = "0.01", max = "100",
		stepSize = "0.1", persist = false)
	private double release_per_spike = 1;

	@Parameter(label = "Learning episodes",
		description = "CS+ trials (each with a CS- trial) the striatal critic learns from", min = "1", max = "100000",
		persist = false)
	private int episodes = 400;

	@Parameter(label = "Stay bias", description = "Value of staying put in the stay/go choice", min = "-1", max = "1",
		persist = false)
	private double stay_bias = 0.1;

	@Parameter(label = "Choice temperature", description = "Softmax temperature of the stay/go choice", min = "0.001",
		max = "10", persist = false)
	private double temperature = 0.1;

	@Parameter(label = "Output folder",
		description = "Folder to write the result files and run.properties to (none: nothing is written)",
		style = "directory", required = false, persist = false)
	private File output;

	@Parameter(label = "Overwrite",
		description = "Replace files already in the output folder (otherwise the run stops before it starts)",
		persist = false)
	private boolean overwrite = false;
	// END DECLARED INPUTS

	@Parameter(type = ItemIO.OUTPUT, label = "Median correlation of inferred and true spikes (40 ms bins)")
	private double correlation;

	private String recordingInfo;

	@Override
	protected void execute() {
		ExtractionParameters p = ExtractionKeys.BLOCK.read(values());
		ReadoutParameters decoding = ReadoutKeys.BLOCK.read(values());
		if (movie.isBlank()) throw new InvalidParameterException("movie", "is required: the path of a movie TIFF");
		Path moviePath = Path.of(movie.trim());
		CalciumMovies.Movie m = CalciumMovies.open(moviePath);
		Optional<MovieMetadata> metadata = MovieMetadata.of(m.info());
		recordingInfo = metadata.map(MovieMetadata::recording).orElse(null);
		double frameMs = metadata.map(MovieMetadata::frameMs).orElse(m.frameMs());
		if (!(frameMs > 0)) {
			throw new InvalidParameterException("movie", "has no frame interval (no Dopamine TD metadata and none in"
				+ " Image > Properties): set its frame interval");
		}
		Path folder = moviePath.toAbsolutePath().getParent();
		var cells = RoiSets.read(roiSet(folder, metadata.isPresent()));
		GroundTruth truth = GroundTruth.in(folder);
		OutputFolder out = outputFolder(names(truth != null, metadata.isPresent()));
		CalciumExtraction e = CalciumExtraction.run(m.pixels(), frameMs, metadata, cells, truth, p, decoding);
		e.warnings().forEach(this::warn);
		report(e);
		if (out != null) write(out, e);
		if (interactive()) show(e);
	}

	/** The ROI set given, or the one beside a simulated movie. */
	private Path roiSet(Path folder, boolean simulated) {
		if (!rois.isBlank()) return Path.of(rois.trim());
		Path beside = folder.resolve(DEFAULT_ROIS);
		if (simulated && Files.isRegularFile(beside)) return beside;
		throw new InvalidParameterException("rois", simulated ? "no ROI set given and no " + DEFAULT_ROIS + " beside the"
			+ " movie: give rois=<RoiSet.zip>" : "is required: the movie has no Dopamine TD metadata, so give the ROI set"
				+ " drawn on it (rois=<RoiSet.zip>, as the ROI Manager saves it)");
	}

	private static String[] names(boolean truth, boolean simulated) {
		List<String> names = new ArrayList<>(List.of("traces.csv", "traces.png"));
		if (truth) names.add("accuracy.csv");
		if (truth && simulated) names.addAll(List.of("decode.csv", "metrics.csv", "decode.png"));
		return names.toArray(String[]::new);
	}

	private void report(CalciumExtraction e) {
		correlation = e.accuracy().length == 0 ? Double.NaN : StatUtils.percentile(e.accuracy(), 50);
		String accuracy = e.accuracy().length == 0 ? "no ground truth"
			: String.format(Locale.ROOT, "median correlation with the true spikes %.3f (40 ms bins)", correlation);
		info(String.format(Locale.ROOT, "%d ROIs x %d frames: %s", e.rois().size(),
			e.traces().isEmpty() ? 0 : e.traces().get(0).f().length, accuracy));
		if (e.microscope().isPresent()) {
			info(String.format(Locale.ROOT, "d' from the true spikes %.2f, from the movie %.2f; value contrast %.3f and %.3f",
				e.spikes().get().metrics().dprime(), e.microscope().get().metrics().dprime(),
				e.spikes().get().metrics().valueContrast(), e.microscope().get().metrics().valueContrast()));
		}
	}

	private void write(OutputFolder out, CalciumExtraction e) {
		out.text("traces.csv", ExtractionTables.traces(e).toCsv());
		out.file("traces.png", f -> Plots.savePng(CalciumPlots.trace(e, 0), f));
		if (e.truth().isPresent()) out.text("accuracy.csv", ExtractionTables.accuracy(e).toCsv());
		if (e.microscope().isPresent()) {
			Table decoded = ExtractionTables.decoding(e.spikes().get(), e.microscope().get());
			out.text("decode.csv", decoded.toCsv());
			out.text("metrics.csv", ExtractionTables.metrics(e.spikes().get(), e.microscope().get()).toCsv());
			out.file("decode.png", f -> Plots.savePng(CalciumPlots.decoding(decoded), f));
		}
		commit(out);
	}

	private static void show(CalciumExtraction e) {
		CalciumPlots.trace(e, 0).show();
		e.microscope().ifPresent(mic -> CalciumPlots.decoding(ExtractionTables.decoding(e.spikes().get(), mic)).show());
	}

	@Override
	protected String inputRecording() {
		return recordingInfo;
	}

	@Override
	protected List<String> hypotheses() {
		return Hypotheses.FLATTENING_STORY;
	}
}
