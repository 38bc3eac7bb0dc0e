package org.neurotd.ij1;

import ij.ImagePlus;
import ij.gui.OvalRoi;
import ij.gui.Overlay;
import ij.gui.Roi;
import ij.io.RoiEncoder;
import ij.measure.Calibration;
import ij.plugin.frame.RoiManager;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.neurotd.imaging.CalciumMovie;
import org.neurotd.imaging.ImagedCell;
import org.neurotd.imaging.ImagingParameters;

/**
 * A calcium movie in ImageJ: a calibrated 16-bit virtual stack (frames as time), its cells as
 * ROIs (a RoiSet zip the ROI Manager opens) and a picture of one frame with them.
 */
public final class MovieImages {

	private static final int TITLE_PX = 16;
	private static final double SCALE_BAR_UM = 50;
	private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

	private MovieImages() {}

	/**
	 * The movie as an image whose frames are generated when read: um per pixel, ms per frame
	 * (frame interval in ms), and {@code info} as its Info.
	 */
	public static ImagePlus toImage(CalciumMovie movie, String info, int threads, String title) {
		ImagePlus imp = new ImagePlus(title, new MovieStack(movie, threads));
		imp.setDimensions(1, 1, movie.frames());
		imp.setOpenAsHyperStack(movie.frames() > 1);
		imp.setCalibration(calibration(movie.parameters()));
		imp.setProperty("Info", info);
		imp.setDisplayRange(CalciumMovie.OFFSET, CalciumMovie.OFFSET + 3 * movie.parameters().brightnessPhotons());
		return imp;
	}

	private static Calibration calibration(ImagingParameters p) {
		Calibration cal = new Calibration();
		cal.pixelWidth = p.pixelUm();
		cal.pixelHeight = p.pixelUm();
		cal.setUnit("micron");
		cal.frameInterval = p.frameMs();
		cal.setTimeUnit("ms");
		cal.fps = p.frameRateHz();
		return cal;
	}

	/** The soma of {@code cell} as an ImageJ ROI named as in the zip, where it lies without drift. */
	public static Roi roi(ImagedCell cell) {
		double r = cell.radiusPx();
		Roi roi = new OvalRoi(cell.xPx() - r, cell.yPx() - r, 2 * r, 2 * r);
		roi.enableSubPixelResolution(); // the zip keeps the soma's place to the fraction of a pixel
		roi.setName(cell.name());
		return roi;
	}

	/** Puts the cells' ROIs into the ROI Manager (opened if need be), after what it holds. */
	public static void showRois(List<ImagedCell> cells) {
		RoiManager manager = RoiManager.getRoiManager();
		for (ImagedCell c : cells) manager.addRoi(roi(c));
	}

	/** The cells' ROIs as an ImageJ RoiSet zip, in ROI order. */
	public static void writeRois(List<ImagedCell> cells, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out);
		RoiEncoder encoder = new RoiEncoder(zip);
		for (ImagedCell c : cells) {
			ZipEntry entry = new ZipEntry(c.name() + ".roi");
			entry.setTimeLocal(ZIP_TIME); // the same bytes from every run
			zip.putNextEntry(entry);
			encoder.write(roi(c));
			zip.closeEntry();
		}
		zip.finish();
	}

	/**
	 * One frame with the cells' outlines, a 50 um scale bar and a title line, as PNG: the frame in
	 * which the cells' noiseless dF/F is highest on average, grey from the offset to three times a
	 * resting cell's photons.
	 */
	public static void saveFramePng(CalciumMovie movie, Path file) throws IOException {
		int frame = brightestFrame(movie);
		ImagingParameters p = movie.parameters();
		ImageProcessor ip = new ShortProcessor(p.widthPx(), p.heightPx(), movie.plane(frame), null);
		ip.setMinAndMax(CalciumMovie.OFFSET, CalciumMovie.OFFSET + 3 * p.brightnessPhotons());
		ImagePlus imp = new ImagePlus("frame", ip.convertToByteProcessor(true));
		Overlay overlay = new Overlay();
		for (ImagedCell c : movie.cells()) {
			Roi roi = roi(c);
			roi.setStrokeColor(Color.YELLOW);
			overlay.add(roi);
		}
		imp.setOverlay(overlay);
		ImageProcessor picture = imp.flatten().getProcessor();
		ColorProcessor out = new ColorProcessor(picture.getWidth(), picture.getHeight() + TITLE_PX);
		out.setColor(Color.WHITE);
		out.fill();
		out.insert(picture, 0, TITLE_PX);
		out.setColor(Color.BLACK);
		out.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
		out.setAntialiasedText(true);
		out.drawString(String.format(Locale.ROOT, "frame %d (%.0f ms): %d ROIs (%s)", frame, frame * p.frameMs(),
			movie.cells().size(), p.indicator().key()), 3, TITLE_PX - 3);
		scaleBar(out, p);
		Plots.savePng(new ImagePlus(file.getFileName().toString(), out), file);
	}

	/** A white bar of {@link #SCALE_BAR_UM} in the bottom right corner, labelled. */
	private static void scaleBar(ImageProcessor out, ImagingParameters p) {
		int length = (int) Math.round(SCALE_BAR_UM / p.pixelUm());
		int x = out.getWidth() - length - 6, y = out.getHeight() - 8;
		out.setColor(Color.WHITE);
		out.fillRect(x, y, length, 3);
		out.drawString(String.format(Locale.ROOT, "%.0f um", SCALE_BAR_UM), x, y - 1);
	}

	private static int brightestFrame(CalciumMovie movie) {
		int best = 0;
		double most = -1;
		for (int f = 0; f < movie.frames(); f++) {
			double sum = 0;
			for (int c = 0; c < movie.cells().size(); c++) sum += movie.traces().cell(c, f);
			if (sum > most) {
				most = sum;
				best = f;
			}
		}
		return best;
	}
}
