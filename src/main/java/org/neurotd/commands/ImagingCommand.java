package org.neurotd.commands;

import ij.ImagePlus;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.neurotd.ij1.MovieImages;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.imaging.CalciumMovie;
import org.neurotd.imaging.GroundTruth;
import org.neurotd.imaging.ImagingKeys;
import org.neurotd.imaging.ImagingParameters;
import org.neurotd.imaging.MovieMetadata;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;
import org.neurotd.params.MemoryBudget;
import org.neurotd.params.RunKeys;
import org.neurotd.population.SpikeRaster;
import org.neurotd.recording.Recording;
import org.neurotd.recording.SimulationKeys;
import org.neurotd.report.OutputFolder;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * A two-photon calcium-imaging movie of a recording's neurons: movie.tif (calibrated 16-bit,
 * written a frame at a time), the cells as a RoiSet (rois.zip), their spikes and noiseless
 * traces (cells.csv, spikes.csv, truth.csv) and a frame with its ROIs (frame.png).
 */
@Plugin(type = Command.class, name = "imaging", priority = 25, menuPath = ImagingCommand.MENU_PATH,
	label = ImagingCommand.LABEL,
	description = "A calcium-imaging movie of a recording's neurons: somata placed without overlap, each spike"
		+ " convolved with an indicator's published kinetics, neuropil, shot and read noise; ground-truth ROIs, spikes"
		+ " and traces beside it")
public class ImagingCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Simulate Calcium Imaging";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;
	/** The files it writes. */
	static final String MOVIE = "movie.tif", ROIS = "rois.zip", FRAME = "frame.png";

	/** The recording, the imaging block, threads and where to write. */
	static final List<Key<?>> INPUTS = join(List.of(SimulationKeys.RECORDING.describe("A recording made by Simulate,"
		+ " Degrade or Opponent (an open image or a recording TIFF), healthy or degraded")), ImagingKeys.BLOCK.keys(),
		List.of(RunKeys.THREADS), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Recording",
		description = "A recording made by Simulate, Degrade or Opponent (an open image or a recording TIFF),"
			+ " healthy or degraded", persist = false)
	private ImagePlus recording;

	@Parameter(label = "Population",
		description = "The recording's population whose neurons are imaged (dopamine, or serotonin in an opponent"
			+ " recording)", persist = false)
	private String population = "dopamine";

	@Parameter(label = "Field of view width (pixels)", description = "Width of the movie", min = "16", max = "8192",
		persist = false)
	private int fov_width = 256;

	@Parameter(label = "Field of view height (pixels)", description = "Height of the movie", min = "16", max = "8192",
		persist = false)
	private int fov_height = 256;

	@Parameter(label = "Pixel size (um)", description = "Side of one pixel in the sample", min = "0", max = "20",
		persist = false)
	private double pixel_um = 1;

	@Parameter(label = "Soma diameter (um)",
		description = "Diameter of a cell body (midbrain dopamine neurons: about 12-25 um)", min = "3", max = "100",
		persist = false)
	private double soma_um = 15;

	@Parameter(label = "Cell density (cells/mm2)",
		description = "Labelled cells per square millimetre of the field of view (at most the population's neurons"
			+ " are placed)", min = "0", max = "100000", persist = false)
	private double density = 400;

	@Parameter(label = "Indicator",
		description = "Calcium indicator, with its published single-spike dF/F, rise and decay",
		choices = { "gcamp6f", "gcamp6s", "jgcamp8f", "jgcamp8m", "jgcamp8s" }, persist = false)
	private String indicator = "gcamp6f";

	@Parameter(label = "Half-saturation (spikes)",
		description = "Spikes' worth of bound calcium at which dF/F is half its maximum (dF/F = peak x c / (1 + c"
			+ " / saturation))", min = "0", max = "10000", persist = false)
	private double saturation = 20;

	@Parameter(label = "Neuropil brightness",
		description = "Brightness of the neuropil the cells sit in, as a fraction of a cell's resting brightness;"
			+ " it follows the whole population's mean calcium", min = "0", max = "10", persist = false)
	private double neuropil = 0.5;

	@Parameter(label = "Brightness (photons)",
		description = "Mean photons per pixel per frame from a cell at rest (sets the shot noise)", min = "0",
		max = "100000", persist = false)
	private double brightness = 10;

	@Parameter(label = "Read noise (photons)",
		description = "Standard deviation of the detector's read noise, in photon units", min = "0", max = "10000",
		persist = false)
	private double read_noise = 1;

	@Parameter(label = "Motion drift (um)",
		description = "Standard deviation of a slow random drift of the sample in x and y (0 = none)", min = "0",
		max = "100", persist = false)
	private double drift_um = 0;

	@Parameter(label = "Bleaching time (s)",
		description = "Time constant of the exponential loss of fluorescence to photobleaching (0 = none)", min = "0",
		max = "1000000", persist = false)
	private double bleach_s = 0;

	@Parameter(label = "Frame rate (Hz)",
		description = "Frames per second; at least one frame per half-decay of the indicator", min = "0", max = "1000",
		persist = false)
	private double frame_rate = 30;

	@Parameter(label = "Trials imaged", description = "The recording's first trials to image, back to back (0 = all)",
		min = "0", max = "100000", persist = false)
	private int trial_count = 0;

	@Parameter(label = "Seed",
		description = "Seed of the cell placement and the noise: the same seed gives the same movie, bit for bit,"
			+ " at any thread count", persist = false)
	private long seed = 1;

	@Parameter(label = "Threads", description = "Worker threads (0 = all cores); results do not depend on it",
		min = "0", max = "1024", persist = false)
	private int threads = 0;

	@Parameter(label = "Output folder",
		description = "Folder to write the result files and run.properties to (none: nothing is written)",
		style = "directory", required = false, persist = false)
	private File output;

	@Parameter(label = "Overwrite",
		description = "Replace files already in the output folder (otherwise the run stops before it starts)",
		persist = false)
	private boolean overwrite = false;
	// END DECLARED INPUTS

	@Parameter(type = ItemIO.OUTPUT, label = "Movie")
	private ImagePlus movie;

	@Parameter(type = ItemIO.OUTPUT, label = "Cells imaged")
	private int cells;

	@Override
	protected void execute() {
		ImagingParameters p = ImagingKeys.BLOCK.read(values());
		Recording rec = RecordingImages.fromImage(recording);
		CalciumMovie m = CalciumMovie.of(rec, p);
		OutputFolder folder = outputFolder(MOVIE, ROIS, GroundTruth.CELLS, GroundTruth.SPIKES, GroundTruth.TRUTH, FRAME);
		if (folder != null) requireDisk(folder.path(), m);
		String info = MovieMetadata.write(m, recording.getInfoProperty());
		movie = MovieImages.toImage(m, info, threads(), "Calcium movie (" + p.indicator().key() + ", seed " + p.seed() + ")");
		cells = m.cells().size();
		SpikeRaster raster = rec.population(p.population()).raster();
		if (folder != null) {
			folder.file(MOVIE, f -> RecordingImages.saveTiff(movie, f));
			folder.bytes(ROIS, out -> MovieImages.writeRois(m.cells(), out));
			folder.bytes(GroundTruth.CELLS, out -> GroundTruth.cells(m, out));
			folder.bytes(GroundTruth.SPIKES, out -> GroundTruth.spikes(m, raster, out));
			folder.bytes(GroundTruth.TRUTH, out -> GroundTruth.truth(m, raster, out));
			folder.file(FRAME, f -> MovieImages.saveFramePng(m, f));
			commit(folder);
		}
		if (interactive()) MovieImages.showRois(m.cells());
		info(String.format(Locale.ROOT, "Imaged %d %s cells with %s: %d x %d pixels x %d frames at %.4g Hz", cells,
			p.population(), p.indicator().key(), p.widthPx(), p.heightPx(), m.frames(), p.frameRateHz()));
	}

	/** Fails, naming trial_count, when the movie would not fit on the output folder's disk. */
	private static void requireDisk(Path folder, CalciumMovie m) {
		Path existing = folder.toAbsolutePath();
		while (existing != null && !Files.exists(existing)) existing = existing.getParent();
		long bytes = 2L * m.parameters().widthPx() * m.parameters().heightPx() * m.frames();
		long free = existing == null ? Long.MAX_VALUE : existing.toFile().getUsableSpace();
		if (free > 0 && bytes > free) {
			throw new InvalidParameterException(ImagingKeys.TRIAL_COUNT.name(), m.parameters().trialCount(),
				"a movie that fits on the output folder's disk: " + MemoryBudget.size(bytes) + " of frames, "
					+ MemoryBudget.size(free) + " free (fewer trials, a smaller field or a lower frame rate)");
		}
	}

	@Override
	protected String inputRecording() {
		return recording.getInfoProperty();
	}
}
