package org.neurotd.it.drivers;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.plugin.frame.RoiManager;

import java.io.File;

/**
 * Simulate Calcium Imaging in plain ImageJ, then its rois.zip opened in the ROI Manager over the
 * movie, as a person would: prints how many ROIs the command showed, then each opened ROI's name
 * and its mean over the movie's first frame.
 * Arguments: the output folder.
 */
public final class ImagingRois {

	private ImagingRois() {}

	/** Entry point (under Xvfb, with the plugin in ImageJ's plugins folder). */
	public static void main(String[] args) {
		try {
			File out = new File(args[0]);
			IJ.run("Simulate Population", "neurons=40 trials=1 training=10 output=[" + new File(out, "sim") + "]");
			IJ.run("Simulate Calcium Imaging", "recording=[" + new File(out, "sim/raster.tif") + "] fov_width=64"
				+ " fov_height=64 density=2000 output=[" + new File(out, "movie") + "]");
			ImagePlus movie = IJ.openImage(new File(out, "movie/movie.tif").getPath());
			// the command put its ROIs into the ROI Manager already; empty it and open the zip instead
			RoiManager manager = RoiManager.getRoiManager();
			System.out.println("shown: " + manager.getCount());
			manager.reset();
			if (!manager.open(new File(out, "movie/rois.zip").getPath())) throw new IllegalStateException("not opened");
			System.out.println("rois: " + manager.getCount());
			for (Roi roi : manager.getRoisAsArray()) {
				movie.setRoi(roi);
				System.out.println("roi " + roi.getName() + " mean " + movie.getStatistics().mean);
			}
			System.exit(0);
		}
		catch (Exception e) {
			e.printStackTrace(System.out);
			System.exit(1);
		}
	}
}
