package org.neurotd.calcium;

/**
 * A region of interest over one cell: the pixels its trace averages.
 *
 * @param name the ROI's name (e.g. as the ROI Manager shows it)
 * @param x column of each pixel
 * @param y row of each pixel, same length as {@code x}
 */
public record CellRoi(String name, int[] x, int[] y) {

	/** Validates that the ROI has pixels and one row per column. */
	public CellRoi {
		if (x.length != y.length) throw new IllegalArgumentException(name + ": " + x.length + " x but " + y.length + " y");
		if (x.length == 0) throw new IllegalArgumentException("ROI " + name + " holds no pixels");
	}

	/** Number of pixels. */
	public int area() {
		return x.length;
	}

	/** Mean column. */
	public double centreX() {
		double sum = 0;
		for (int v : x) sum += v;
		return sum / x.length;
	}

	/** Mean row. */
	public double centreY() {
		double sum = 0;
		for (int v : y) sum += v;
		return sum / y.length;
	}

	/** Whether every pixel lies in a {@code width} x {@code height} image. */
	public boolean inside(int width, int height) {
		for (int i = 0; i < x.length; i++) {
			if (x[i] < 0 || y[i] < 0 || x[i] >= width || y[i] >= height) return false;
		}
		return true;
	}
}
