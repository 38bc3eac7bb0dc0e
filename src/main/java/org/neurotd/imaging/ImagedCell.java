package org.neurotd.imaging;

import java.util.Locale;

/**
 * One imaged neuron: where its soma lies in the field of view and how bright it is at rest.
 *
 * @param roi its number, 1-based, as in the ROI zip
 * @param neuron its row in the population's spike raster (0-based)
 * @param xPx centre x (pixels; pixel i spans [i, i + 1))
 * @param yPx centre y (pixels)
 * @param radiusPx soma radius (pixels)
 * @param restPhotons photons per pixel per frame of its cytosol at rest
 */
public record ImagedCell(int roi, int neuron, double xPx, double yPx, double radiusPx, double restPhotons) {

	/** Share of the cytosol's brightness the nucleus shows (GCaMP is kept out of the nucleus). */
	static final double NUCLEUS_BRIGHTNESS = 0.4;
	/** Nucleus radius as a fraction of the soma's. */
	static final double NUCLEUS_RADIUS = 0.5;

	/** The ROI's name in the zip, e.g. {@code cell-0007}. */
	public String name() {
		return String.format(Locale.ROOT, "cell-%04d", roi);
	}

	/** How much of a pixel's area a soma of {@code radius} covers, its centre {@code d} from the pixel's, in [0, 1]. */
	static double cover(double d, double radius) {
		return clamp(radius + 0.5 - d);
	}

	/** Relative brightness over a pixel at distance {@code d} from the centre: cytosol 1, nucleus dimmer. */
	static double profile(double cover, double d, double radius) {
		double nucleus = clamp(NUCLEUS_RADIUS * radius + 0.5 - d);
		return cover * (1 - (1 - NUCLEUS_BRIGHTNESS) * nucleus);
	}

	private static double clamp(double v) {
		return v < 0 ? 0 : v > 1 ? 1 : v;
	}
}
