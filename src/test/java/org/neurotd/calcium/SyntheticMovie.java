package org.neurotd.calcium;

import ij.IJ;
import ij.ImagePlus;
import ij.ImageStack;
import ij.gui.OvalRoi;
import ij.gui.Roi;
import ij.io.RoiEncoder;
import ij.process.ShortProcessor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.neurotd.random.Rng;

/**
 * A small movie written for the tests, independent of the imaging simulator: disc cells whose
 * fluorescence is {@code f0 (1 + dF/F)}, dF/F an AR(1) response of {@code amplitude} per spike
 * decaying with {@code tauMs}, on a neuropil that fills the whole field (also under the cells)
 * and fluctuates slowly, plus Gaussian pixel noise; its ROIs as an ImageJ ROI set.
 *
 * @param width frame width in pixels
 * @param height frame height
 * @param frames number of frames
 * @param frameMs frame interval
 * @param cellX cell centres, columns
 * @param cellY cell centres, rows
 * @param radius cell radius in pixels
 * @param spikes per cell, spikes per frame
 */
public record SyntheticMovie(int width, int height, int frames, double frameMs, int[] cellX, int[] cellY, int radius,
	int[][] spikes)
{
	/** Resting cell fluorescence (grey values above the offset). */
	public static final double F0 = 400;
	/** Mean neuropil level. */
	public static final double NEUROPIL = 150;

	/** Cells at the given places, each spiking as a Poisson process of {@code rateHz}. */
	public static SyntheticMovie poisson(int width, int height, int frames, double frameMs, int[] x, int[] y, int radius,
		double rateHz, long seed)
	{
		Rng rng = new Rng(seed);
		int[][] spikes = new int[x.length][frames];
		for (int c = 0; c < x.length; c++) {
			for (int f = 0; f < frames; f++) spikes[c][f] = rng.nextPoisson(rateHz * frameMs / 1000);
		}
		return new SyntheticMovie(width, height, frames, frameMs, x, y, radius, spikes);
	}

	/** Cell {@code c}'s dF/F per frame. */
	public double[] dff(int c, double amplitude, double tauMs) {
		double g = Math.exp(-frameMs / tauMs);
		double[] dff = new double[frames];
		double calcium = 0;
		for (int f = 0; f < frames; f++) {
			calcium = g * calcium + amplitude * spikes[c][f];
			dff[f] = calcium;
		}
		return dff;
	}

	/**
	 * The movie as a calibrated 16-bit stack.
	 *
	 * @param noise SD of the pixel noise in grey values
	 * @param neuropilSwing relative amplitude of the neuropil's slow (5 s) fluctuation
	 */
	public ImagePlus image(double amplitude, double tauMs, double noise, double neuropilSwing, long seed) {
		Rng rng = new Rng(seed).fork(1);
		double[][] dff = new double[cellX.length][];
		for (int c = 0; c < dff.length; c++) dff[c] = dff(c, amplitude, tauMs);
		int[] cellOf = new int[width * height];
		java.util.Arrays.fill(cellOf, -1);
		for (int c = 0; c < cellX.length; c++) {
			for (java.awt.Point p : roi(c).getContainedPoints()) {
				if (p.x >= 0 && p.y >= 0 && p.x < width && p.y < height) cellOf[p.y * width + p.x] = c;
			}
		}
		ImageStack stack = new ImageStack(width, height);
		for (int f = 0; f < frames; f++) {
			double neuropil = NEUROPIL * (1 + neuropilSwing * Math.sin(2 * Math.PI * f * frameMs / 5000));
			short[] pixels = new short[width * height];
			for (int i = 0; i < pixels.length; i++) {
				double v = neuropil + noise * rng.nextGaussian();
				if (cellOf[i] >= 0) v += F0 * (1 + dff[cellOf[i]][f]);
				pixels[i] = (short) Math.max(0, Math.min(65535, Math.round(v)));
			}
			stack.addSlice(new ShortProcessor(width, height, pixels, null));
		}
		ImagePlus imp = new ImagePlus("synthetic movie", stack);
		imp.setDimensions(1, 1, frames);
		imp.getCalibration().frameInterval = frameMs;
		imp.getCalibration().setTimeUnit("ms");
		return imp;
	}

	/** The cells' ROI set: discs named cell-0001, ... */
	public void writeRois(Path zip) throws IOException {
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			for (int c = 0; c < cellX.length; c++) {
				Roi roi = roi(c);
				out.putNextEntry(new ZipEntry(roi.getName() + ".roi"));
				out.write(RoiEncoder.saveAsByteArray(roi));
				out.closeEntry();
			}
		}
	}

	/** Cell {@code c}'s disc ROI, named cell-0001, ... */
	public Roi roi(int c) {
		Roi roi = new OvalRoi(cellX[c] - radius, cellY[c] - radius, 2 * radius + 1, 2 * radius + 1);
		roi.setName(String.format("cell-%04d", c + 1));
		return roi;
	}

	/**
	 * Info in the format Simulate Calcium Imaging writes, without a source recording: the header
	 * and the {@code imaging.} lines extraction reads.
	 */
	public String info(double amplitude, double tauMs) {
		return MovieMetadata.HEADER + "\nimaging.seed = 1\nimaging.frame_ms = " + frameMs + "\nimaging.offset = 0"
			+ "\nimaging.decay_ms = " + tauMs + "\nimaging.dff_per_spike = " + amplitude + "\nimaging.trials = 1"
			+ "\nimaging.trial_ms = " + frames * frameMs + "\nimaging.population = dopamine\n";
	}

	/** The truth tables beside a simulated movie: cells.csv and spikes.csv (spikes at their frames' middle). */
	public void writeTruth(Path dir) throws IOException {
		StringBuilder cells = new StringBuilder("roi,name,population,neuron,x_px,y_px,radius_px,f0_photons\n");
		StringBuilder times = new StringBuilder("roi,trial,time_ms,movie_ms,frame\n");
		for (int c = 0; c < cellX.length; c++) {
			cells.append(c + 1).append(',').append(roi(c).getName()).append(",dopamine,").append(c).append(',')
				.append(cellX[c]).append(',').append(cellY[c]).append(',').append(radius).append(',').append(F0).append('\n');
			for (int f = 0; f < frames; f++) {
				for (int k = 0; k < spikes[c][f]; k++) {
					double ms = (f + 0.5) * frameMs;
					times.append(c + 1).append(",0,").append(ms).append(',').append(ms).append(',').append(f).append('\n');
				}
			}
		}
		Files.writeString(dir.resolve(GroundTruth.CELLS), cells);
		Files.writeString(dir.resolve(GroundTruth.SPIKES), times);
	}

	/** Writes the small movie the command-line and macro tests give extract (run once; the files are committed). */
	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		Files.createDirectories(dir);
		SyntheticMovie m = poisson(32, 32, 150, 1000.0 / 30, new int[] { 8, 23, 8, 23 }, new int[] { 8, 8, 23, 23 }, 3,
			3, 2);
		ImagePlus imp = m.image(0.4, 150, 20, 0.2, 3);
		imp.setProperty("Info", m.info(0.4, 150));
		save(imp, dir.resolve("movie.tif"));
		m.writeRois(dir.resolve("rois.zip"));
		m.writeTruth(dir);
	}

	/** Saves {@code imp} as a TIFF. */
	public static void save(ImagePlus imp, Path file) {
		IJ.saveAsTiff(imp, file.toString());
	}
}
