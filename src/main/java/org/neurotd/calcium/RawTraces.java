package org.neurotd.calcium;

import java.util.List;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

/**
 * Each ROI's mean fluorescence F and its neuropil annulus's mean Fneu per frame, read from a
 * movie (x, y, time) in one pass over the frames: each frame's ROI and annulus pixels are read
 * once, so the cost is linear in (ROI + annulus pixels) x frames and only the traces are held.
 *
 * @param f per ROI, per frame, the mean over its pixels minus the camera offset
 * @param fneu per ROI, per frame, the mean over its annulus minus the offset (NaN with no annulus)
 * @param annulusPixels per ROI, the pixels its annulus holds
 */
public record RawTraces(double[][] f, double[][] fneu, int[] annulusPixels) {

	/** Number of ROIs. */
	public int rois() {
		return f.length;
	}

	/** Number of frames. */
	public int frames() {
		return f.length == 0 ? 0 : f[0].length;
	}

	/**
	 * Reads the traces of {@code rois} from {@code movie}.
	 *
	 * @param offset the camera's dark level, subtracted from every mean
	 * @throws IllegalArgumentException if an ROI lies (partly) outside the frame
	 */
	public static RawTraces read(RandomAccessibleInterval<? extends RealType<?>> movie, List<CellRoi> rois,
		double offset)
	{
		if (movie.numDimensions() != 3) {
			throw new IllegalArgumentException("a movie has 3 dimensions (x, y, time), not " + movie.numDimensions());
		}
		int width = (int) movie.dimension(0), height = (int) movie.dimension(1), frames = (int) movie.dimension(2);
		for (CellRoi roi : rois) {
			if (!roi.inside(width, height)) {
				throw new IllegalArgumentException("ROI " + roi.name() + " lies outside the " + width + " x " + height
					+ " image");
			}
		}
		List<int[][]> annuli = Neuropil.annuli(rois, width, height);
		double[][] f = new double[rois.size()][frames];
		double[][] fneu = new double[rois.size()][frames];
		int[] annulusPixels = new int[rois.size()];
		RandomAccess<? extends RealType<?>> access = movie.randomAccess();
		long[] min = movie.minAsLongArray();
		for (int t = 0; t < frames; t++) {
			access.setPosition(min[2] + t, 2);
			for (int r = 0; r < rois.size(); r++) {
				CellRoi roi = rois.get(r);
				int[][] ring = annuli.get(r);
				annulusPixels[r] = ring[0].length;
				f[r][t] = mean(access, min, roi.x(), roi.y()) - offset;
				fneu[r][t] = ring[0].length == 0 ? Double.NaN : mean(access, min, ring[0], ring[1]) - offset;
			}
		}
		return new RawTraces(f, fneu, annulusPixels);
	}

	private static double mean(RandomAccess<? extends RealType<?>> access, long[] min, int[] x, int[] y) {
		double sum = 0;
		for (int i = 0; i < x.length; i++) {
			access.setPosition(min[0] + x[i], 0);
			access.setPosition(min[1] + y[i], 1);
			sum += access.get().getRealDouble();
		}
		return sum / x.length;
	}
}
