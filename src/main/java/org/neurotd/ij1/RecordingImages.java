package org.neurotd.ij1;

import ij.CompositeImage;
import ij.IJ;
import ij.ImagePlus;
import ij.Prefs;
import ij.io.FileSaver;
import ij.io.Opener;
import ij.measure.Calibration;
import ij.plugin.FileInfoVirtualStack;
import ij.process.LUT;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import org.neurotd.observation.RasterObservation;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.population.SpikeRaster;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.recording.RecordingSize;
import org.neurotd.task.TrialEvent;

/**
 * A recording as an ImageJ image: x = time (1 ms bins, calibrated in ms), y = neuron, one slice
 * per trial, pixel = spike count; the parameters, seed and trial events in the image's Info.
 * Spikes show dark on white, like a raster plot.
 * <p>
 * The image is a virtual stack over the ImgLib2 images of {@link RasterObservation}, rendered
 * from the spikes a plane at a time, so a recording of any size can be shown and saved. Several
 * populations are the channels of a hyperstack (one population at a time on screen, the channel
 * slider naming it), each as high as its own rows with blank rows below when the populations
 * differ in size. A trial with more rows than one ImageJ plane holds ({@link RecordingSize#PLANE_PIXELS}) is
 * split into pages of neurons: then z is the page and t the trial.
 */
public final class RecordingImages {

	private static final RasterObservation RASTER = new RasterObservation();

	private RecordingImages() {}

	/**
	 * How the rows of a recording are laid out on ImageJ planes.
	 *
	 * @param width trial length in ms
	 * @param pageRows rows per plane (the image height)
	 * @param pages planes per trial and population
	 */
	record Layout(int width, int pageRows, int pages) {

		/** The layout of {@code rows} rows of {@code width} ms on planes of at most {@code planePixels}. */
		static Layout of(int width, int rows, int planePixels) {
			// As few pages as fit, each as nearly full as the others: the last one is not mostly blank.
			int most = Math.max(1, planePixels / width);
			int pages = (rows + most - 1) / most;
			int pageRows = (rows + pages - 1) / pages;
			return new Layout(width, pageRows, pages);
		}
	}

	/** The image of {@code recording}. */
	public static ImagePlus toImage(Recording recording, String title) {
		return toImage(recording, title, RecordingSize.PLANE_PIXELS);
	}

	/** The image of {@code recording} on planes of at most {@code planePixels} (tests page small recordings). */
	static ImagePlus toImage(Recording recording, String title, int planePixels) {
		List<RecordedPopulation> populations = recording.populations();
		for (RecordedPopulation p : populations) {
			if (p.raster().neurons() == 0) {
				throw new InvalidParameterException("loss", p.lesion().map(l -> l.loss()).orElse(1.0),
					"a loss that leaves at least one neuron to record");
			}
		}
		int rows = populations.stream().mapToInt(p -> p.raster().neurons()).max().getAsInt();
		int trials = recording.events().size();
		Layout layout = Layout.of(populations.get(0).raster().durationMs(), rows, planePixels);
		List<RandomAccessibleInterval<UnsignedByteType>> channels = new ArrayList<>();
		for (RecordedPopulation p : populations) channels.add(RASTER.image(p));
		ObservedStack stack = new ObservedStack(channels, layout.width(), layout.pageRows(), layout.pages(), trials,
			n -> label(recording, layout, n));
		ImagePlus imp = new ImagePlus(title, stack);
		int c = populations.size();
		if (layout.pages() > 1) imp.setDimensions(c, layout.pages(), trials);
		else imp.setDimensions(c, trials, 1);
		imp.setCalibration(calibration(layout));
		if (c > 1) {
			CompositeImage composite = new CompositeImage(imp, IJ.GRAYSCALE);
			for (int k = 1; k <= c; k++) composite.setChannelLut(rasterLut(), k);
			imp = composite;
		}
		else imp.setLut(rasterLut());
		imp.setDisplayRange(0, 1);
		imp.setProperty("Info", RecordingMetadata.write(recording));
		return imp;
	}

	/** Label of plane {@code n}: population (when several), neurons (when paged), trial and outcome. */
	private static String label(Recording recording, Layout layout, int n) {
		List<RecordedPopulation> populations = recording.populations();
		int i = n - 1;
		int c = i % populations.size();
		int page = i / populations.size() % layout.pages();
		int trial = i / populations.size() / layout.pages();
		StringBuilder sb = new StringBuilder();
		if (populations.size() > 1) sb.append(populations.get(c).name()).append(", ");
		if (layout.pages() > 1) {
			int first = page * layout.pageRows();
			int last = Math.min(populations.get(c).raster().neurons(), first + layout.pageRows()) - 1;
			sb.append(first > last ? "no neurons" : "neurons " + first + "-" + last).append(", ");
		}
		TrialEvent e = recording.events().get(trial);
		String outcome = e.rewarded() ? "rewarded" : e.outcome().equals(TrialEvent.OMISSION) ? "omitted" : e.outcome();
		return sb.append("trial ").append(trial + 1).append(" (").append(outcome).append(')').toString();
	}

	/**
	 * Fails, naming {@code neurons}, unless an image of this size can be held in memory as one
	 * ImageJ stack (for images built whole rather than rendered from a recording).
	 */
	public static void requireImageSize(int neurons, int trials, int durationMs) {
		long pixels = (long) durationMs * neurons * trials;
		if (pixels > Integer.MAX_VALUE) {
			throw new InvalidParameterException("neurons", neurons, "an image of at most " + Integer.MAX_VALUE
				+ " pixels (neurons x duration x trials); this one needs " + pixels);
		}
	}

	/**
	 * The recording an image holds.
	 *
	 * @throws InvalidParameterException naming {@code recording} if the image is not one
	 */
	public static Recording fromImage(ImagePlus imp) {
		if (imp == null) throw new InvalidParameterException("recording", "no image given: open a recording TIFF first");
		try {
			return read(imp);
		}
		catch (InvalidParameterException e) {
			throw e.parameter().equals("recording") ? e.naming(imp.getTitle()) : e;
		}
	}

	private static Recording read(ImagePlus imp) {
		String info = imp.getInfoProperty();
		RecordingMetadata.requireHeader(info);
		if (imp.getBitDepth() != 8) {
			throw new InvalidParameterException("recording", "is " + imp.getBitDepth()
				+ "-bit; a recording is an 8-bit image of spike counts");
		}
		RecordingMetadata.Description d = RecordingMetadata.describe(info);
		List<RecordingMetadata.PopulationDescription> populations = d.populations();
		int rows = populations.stream().mapToInt(RecordingMetadata.PopulationDescription::rows).max().getAsInt();
		int trials = d.events().size();
		Layout layout = new Layout(imp.getWidth(), imp.getHeight(), Math.max(1, (rows + imp.getHeight() - 1) / imp.getHeight()));
		if (imp.getNChannels() != populations.size() || imp.getStackSize() != populations.size() * layout.pages() * trials
			|| imp.getWidth() != d.simulation().task().durationMs())
		{
			throw new InvalidParameterException("recording", "image size " + imp.getWidth() + " x " + imp.getHeight()
				+ " x " + imp.getStackSize() + " does not match its metadata (" + d.simulation().task().durationMs()
				+ " ms x " + rows + " neurons x " + trials + " trials x " + populations.size() + " populations)");
		}
		List<SpikeRaster> rasters = new ArrayList<>();
		for (int c = 0; c < populations.size(); c++) rasters.add(raster(imp, layout, c, populations.size(),
			populations.get(c).rows(), trials));
		return RecordingMetadata.read(info, rasters);
	}

	/**
	 * The spikes of channel {@code c}: a pass over its planes to count them, and one to place
	 * them, a plane at a time (the stack may be virtual).
	 */
	private static SpikeRaster raster(ImagePlus imp, Layout layout, int c, int channels, int rows, int trials) {
		int width = layout.width();
		int[] offsets = new int[rows * trials + 1];
		long total = 0;
		for (int k = 0; k < trials; k++) {
			for (int page = 0; page < layout.pages(); page++) {
				byte[] px = plane(imp, layout, c, channels, page, k);
				for (int row = 0; row < layout.pageRows(); row++) {
					int neuron = page * layout.pageRows() + row;
					int n = 0;
					for (int t = 0; t < width; t++) n += px[row * width + t] & 0xff;
					if (neuron >= rows && n > 0) {
						throw new InvalidParameterException("recording", "has spikes in row " + neuron
							+ " past the population's " + rows + " neurons");
					}
					if (neuron < rows) offsets[k * rows + neuron + 1] = n;
					total += n;
				}
			}
		}
		if (total > Integer.MAX_VALUE - 8) throw new InvalidParameterException("recording", "holds too many spikes: " + total);
		for (int i = 1; i < offsets.length; i++) offsets[i] += offsets[i - 1];
		int[] times = new int[(int) total];
		for (int k = 0; k < trials; k++) {
			for (int page = 0; page < layout.pages(); page++) {
				byte[] px = plane(imp, layout, c, channels, page, k);
				for (int row = 0; row < layout.pageRows() && page * layout.pageRows() + row < rows; row++) {
					int pos = offsets[k * rows + page * layout.pageRows() + row];
					for (int t = 0; t < width; t++) {
						for (int n = px[row * width + t] & 0xff; n > 0; n--) times[pos++] = t;
					}
				}
			}
		}
		return new SpikeRaster(rows, trials, width, offsets, times);
	}

	private static byte[] plane(ImagePlus imp, Layout layout, int c, int channels, int page, int trial) {
		return (byte[]) imp.getStack().getPixels(1 + c + channels * (page + layout.pages() * trial));
	}

	/**
	 * Opens a recording TIFF. A file larger than a plane is opened as a virtual stack and read a
	 * plane at a time, so memory holds its spikes, not its pixels.
	 */
	public static Recording open(Path file) {
		if (!file.toFile().isFile()) {
			throw new InvalidParameterException("recording", file, "an existing recording TIFF");
		}
		boolean large = file.toFile().length() > RecordingSize.PLANE_PIXELS
			&& new Opener().getTiffFileInfo(file.toString()) != null;
		ImagePlus imp = large ? FileInfoVirtualStack.openVirtual(file.toString()) : IJ.openImage(file.toString());
		if (imp == null) throw new InvalidParameterException("recording", file, "a TIFF that ImageJ can open");
		return fromImage(imp);
	}

	/**
	 * Saves an image as a little-endian TIFF (its Info goes into the file). ImageJ writes the
	 * byte order of its "Intel byte order" preference, which plain ImageJ's saved preferences
	 * turn off and a bare JVM leaves on; the same recording must be the same bytes from every
	 * front end, so the order is fixed here for the write.
	 */
	public static void saveTiff(ImagePlus imp, Path file) throws IOException {
		FileSaver saver = new FileSaver(imp);
		String title = imp.getTitle();
		boolean ok;
		synchronized (Prefs.class) {
			boolean preference = Prefs.intelByteOrder;
			Prefs.intelByteOrder = true;
			try {
				ok = imp.getStackSize() > 1 ? saver.saveAsTiffStack(file.toString()) : saver.saveAsTiff(file.toString());
			}
			finally {
				Prefs.intelByteOrder = preference;
			}
		}
		imp.setTitle(title); // FileSaver renames the image after the file
		if (!ok || !new File(file.toString()).isFile()) throw new IOException("ImageJ could not write " + file);
	}

	private static Calibration calibration(Layout layout) {
		Calibration cal = new Calibration();
		cal.pixelWidth = 1;
		cal.pixelHeight = 1;
		cal.setXUnit("ms");
		cal.setYUnit("neuron");
		if (layout.pages() > 1) {
			cal.setZUnit("page");
			cal.setTimeUnit("trial");
			cal.frameInterval = 1;
		}
		else cal.setZUnit("trial");
		return cal;
	}

	/** Inverted grey: 0 spikes white, 1 spike black. */
	static LUT rasterLut() {
		byte[] v = new byte[256];
		for (int i = 0; i < 256; i++) v[i] = (byte) (255 - i);
		return new LUT(v, v, v);
	}
}
