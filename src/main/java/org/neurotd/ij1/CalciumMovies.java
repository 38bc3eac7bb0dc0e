package org.neurotd.ij1;

import ij.ImagePlus;
import ij.ImageStack;
import ij.io.Opener;
import ij.measure.Calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.basictypeaccess.array.FloatArray;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.img.planar.PlanarImg;
import net.imglib2.type.numeric.RealType;
import net.imglib2.type.numeric.integer.UnsignedShortType;
import net.imglib2.type.numeric.real.FloatType;
import net.imglib2.util.Fraction;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.MemoryBudget;

/**
 * A calcium movie TIFF as an ImgLib2 image (x, y, time) over the stack's own pixel arrays (no
 * copy for 16-bit movies), with its frame interval from the calibration.
 */
public final class CalciumMovies {

	private CalciumMovies() {}

	/**
	 * An opened movie.
	 *
	 * @param pixels x, y, time
	 * @param frameMs the calibration's frame interval in ms (NaN when it has none)
	 * @param info the image's Info (null when none)
	 */
	public record Movie(RandomAccessibleInterval<? extends RealType<?>> pixels, double frameMs, String info) {}

	/**
	 * Opens the movie at {@code file}.
	 *
	 * @throws InvalidParameterException naming {@code movie} if it is not a single-channel image
	 */
	public static Movie open(Path file) {
		if (!Files.isRegularFile(file)) throw new InvalidParameterException("movie", file, "an existing movie TIFF");
		try {
			// the pixels are held while the traces are read; a float copy doubles a non-16-bit movie
			MemoryBudget.require("movie", file, Files.size(file), "the movie's pixels, held while its traces are read");
		}
		catch (IOException e) {
			throw new InvalidParameterException("movie", file, "a readable file (" + e.getMessage() + ")");
		}
		ImagePlus imp = new Opener().openImage(file.toString());
		if (imp == null) throw new InvalidParameterException("movie", file, "an image file ImageJ opens (a TIFF)");
		return of(imp);
	}

	/** The movie {@code imp} holds: time along its frames (or its slices, for a plain stack). */
	public static Movie of(ImagePlus imp) {
		if (imp.getNChannels() != 1 || imp.getNFrames() > 1 && imp.getNSlices() > 1) {
			throw new InvalidParameterException("movie", "'" + imp.getTitle() + "' has " + imp.getNChannels()
				+ " channels and " + imp.getNSlices() + " slices per frame: a movie is one channel, one plane, over time");
		}
		ImageStack stack = imp.getStack();
		long[] dims = { imp.getWidth(), imp.getHeight(), stack.getSize() };
		Object info = imp.getProperty("Info");
		return new Movie(planes(stack, dims), frameMs(imp.getCalibration()), info == null ? null : info.toString());
	}

	private static RandomAccessibleInterval<? extends RealType<?>> planes(ImageStack stack, long[] dims) {
		if (stack.getBitDepth() == 16) {
			List<ShortArray> planes = new ArrayList<>();
			for (int i = 1; i <= stack.getSize(); i++) planes.add(new ShortArray((short[]) stack.getPixels(i)));
			PlanarImg<UnsignedShortType, ShortArray> img = new PlanarImg<>(planes, dims, new Fraction());
			img.setLinkedType(new UnsignedShortType(img));
			return img;
		}
		List<FloatArray> planes = new ArrayList<>();
		for (int i = 1; i <= stack.getSize(); i++) {
			planes.add(new FloatArray((float[]) stack.getProcessor(i).convertToFloatProcessor().getPixels()));
		}
		PlanarImg<FloatType, FloatArray> img = new PlanarImg<>(planes, dims, new Fraction());
		img.setLinkedType(new FloatType(img));
		return img;
	}

	private static double frameMs(Calibration cal) {
		double interval = cal.frameInterval;
		if (!(interval > 0)) return Double.NaN;
		String unit = cal.getTimeUnit() == null ? "" : cal.getTimeUnit().toLowerCase(Locale.ROOT);
		return switch (unit) {
			case "ms", "msec" -> interval;
			case "min" -> interval * 60_000;
			default -> interval * 1000; // ImageJ's default time unit is the second
		};
	}
}
