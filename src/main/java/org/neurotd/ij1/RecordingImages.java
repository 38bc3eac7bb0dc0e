package org.neurotd.ij1;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.Prefs;
import ij.io.FileSaver;
import ij.measure.Calibration;
import ij.process.ByteProcessor;
import ij.process.LUT;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.population.SpikeRaster;
import org.neurotd.recording.Recording;
import org.neurotd.recording.RecordingMetadata;

/**
 * A recording as an ImageJ image: x = time (1 ms bins, calibrated in ms), y = neuron, one slice
 * per trial, pixel = spike count; the parameters and seed in the image's Info. Spikes show dark
 * on white, like a raster plot.
 */
public final class RecordingImages {

	/** Largest image (bytes) built from a recording; spikes are held as events otherwise. */
	public static final long MAX_PIXELS = Integer.MAX_VALUE;

	private RecordingImages() {}

	/** Pixels of the image of {@code recording}: neurons x duration x trials. */
	public static long pixels(Recording recording) {
		SpikeRaster r = recording.dopamine().raster();
		return (long) r.durationMs() * r.neurons() * r.trials();
	}

	/** Whether the image of {@code recording} is within {@link #MAX_PIXELS} and the memory left. */
	public static boolean fits(Recording recording) {
		long pixels = pixels(recording);
		return pixels <= MAX_PIXELS && pixels < org.neurotd.params.MemoryBudget.available() / 2;
	}

	/** The image of {@code recording}. */
	public static ImagePlus toImage(Recording recording, String title) {
		SpikeRaster r = recording.dopamine().raster();
		if (r.neurons() == 0) {
			throw new InvalidParameterException("loss", recording.dopamine().lesion().map(l -> l.loss()).orElse(1.0),
				"a loss that leaves at least one neuron to record");
		}
		requireImageSize(r.neurons(), r.trials(), r.durationMs());
		ImageStack stack = new ImageStack(r.durationMs(), r.neurons());
		for (int k = 0; k < r.trials(); k++) {
			byte[] pixelsOfTrial = new byte[r.durationMs() * r.neurons()];
			for (int i = 0; i < r.neurons(); i++) {
				for (int s = r.from(k, i); s < r.to(k, i); s++) {
					pixelsOfTrial[i * r.durationMs() + r.time(s)]++;
				}
			}
			String label = "trial " + (k + 1) + (recording.events().rewarded(k) ? " (rewarded)" : " (omitted)");
			stack.addSlice(label, new ByteProcessor(r.durationMs(), r.neurons(), pixelsOfTrial));
		}
		ImagePlus imp = new ImagePlus(title, stack);
		imp.setCalibration(calibration());
		imp.setLut(rasterLut());
		imp.setDisplayRange(0, 1);
		imp.setProperty("Info", RecordingMetadata.write(recording));
		return imp;
	}

	/**
	 * Fails, naming {@code neurons}, unless a recording of this size can be an ImageJ image;
	 * called before simulating, so a run that could not show its result does not start.
	 */
	public static void requireImageSize(int neurons, int trials, int durationMs) {
		long pixels = (long) durationMs * neurons * trials;
		if (pixels > MAX_PIXELS) {
			throw new InvalidParameterException("neurons", neurons, "a recording image of at most " + MAX_PIXELS
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
		int width = imp.getWidth(), height = imp.getHeight(), trials = imp.getStackSize();
		int[] offsets = new int[height * trials + 1];
		int[] times = new int[countSpikes(imp)];
		int pos = 0;
		for (int k = 0; k < trials; k++) {
			byte[] px = (byte[]) imp.getStack().getProcessor(k + 1).getPixels();
			for (int i = 0; i < height; i++) {
				offsets[k * height + i] = pos;
				for (int t = 0; t < width; t++) {
					for (int c = px[i * width + t] & 0xff; c > 0; c--) times[pos++] = t;
				}
			}
		}
		offsets[offsets.length - 1] = pos;
		return RecordingMetadata.read(info, new SpikeRaster(height, trials, width, offsets, times));
	}

	private static int countSpikes(ImagePlus imp) {
		long n = 0;
		for (int k = 1; k <= imp.getStackSize(); k++) {
			for (byte b : (byte[]) imp.getStack().getProcessor(k).getPixels()) n += b & 0xff;
		}
		if (n > Integer.MAX_VALUE - 8) throw new InvalidParameterException("recording", "holds too many spikes: " + n);
		return (int) n;
	}

	/** Opens a recording TIFF. */
	public static Recording open(Path file) {
		if (!file.toFile().isFile()) {
			throw new InvalidParameterException("recording", file, "an existing recording TIFF");
		}
		ImagePlus imp = IJ.openImage(file.toString());
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

	private static Calibration calibration() {
		Calibration cal = new Calibration();
		cal.pixelWidth = 1;
		cal.pixelHeight = 1;
		cal.setXUnit("ms");
		cal.setYUnit("neuron");
		cal.setZUnit("trial");
		return cal;
	}

	/** Inverted grey: 0 spikes white, 1 spike black. */
	static LUT rasterLut() {
		byte[] v = new byte[256];
		for (int i = 0; i < 256; i++) v[i] = (byte) (255 - i);
		return new LUT(v, v, v);
	}
}
