package org.neurotd.random;

/**
 * Tables of the 256-layer ziggurat for the unit exponential density {@code exp(-x)} (Marsaglia
 * &amp; Tsang 2000, "The ziggurat method for generating random variables"). Layer 0 is the base
 * strip (a rectangle up to {@link #R} plus the tail); layers 1..255 are rectangles of equal area,
 * layer 255 just above the base and layer 1 at the top. Computed with {@link StrictMath}, so
 * every JVM gets the same bits.
 */
final class ExponentialZiggurat {

	/** Right edge of the base rectangle. */
	static final double R = 7.697117470131487;
	/** Area of each layer. */
	private static final double AREA = 3.949659822581572e-3;
	private static final double TWO_53 = 0x1.0p53;

	/** A 53-bit uniform below ACCEPT[i] lies under the density wherever x is in layer i. */
	static final long[] ACCEPT = new long[256];
	/** x = uniform * WIDTH[i]: the layer's width over 2^53. */
	static final double[] WIDTH = new double[256];
	/** Density at the right edge of layer i (DENSITY[0] = 1, the top). */
	static final double[] DENSITY = new double[256];
	/** Right edge of layer i; and where its wedge begins: the right edge of the layer above. */
	private static final double[] OUTER = new double[256], INNER = new double[256];
	/** Slope of the chord across layer i's wedge. */
	private static final double[] CHORD = new double[256];

	static {
		double q = AREA / StrictMath.exp(-R); // base strip width that gives it the layers' area
		ACCEPT[0] = (long) (R / q * TWO_53);
		WIDTH[0] = q / TWO_53;
		WIDTH[255] = R / TWO_53;
		DENSITY[0] = 1;
		DENSITY[255] = StrictMath.exp(-R);
		double x = R;
		for (int i = 254; i >= 1; i--) {
			double inner = -StrictMath.log(AREA / x + StrictMath.exp(-x));
			ACCEPT[i + 1] = (long) (inner / x * TWO_53);
			x = inner;
			DENSITY[i] = StrictMath.exp(-x);
			WIDTH[i] = x / TWO_53;
		}
		ACCEPT[1] = 0; // the top layer has no rectangle wholly under the density
		for (int i = 1; i < 256; i++) {
			OUTER[i] = WIDTH[i] * TWO_53;
			INNER[i] = i == 1 ? 0 : OUTER[i - 1];
			CHORD[i] = (DENSITY[i] - DENSITY[i - 1]) / (OUTER[i] - INNER[i]);
		}
	}

	/**
	 * Whether the point (x, y) of layer i's wedge lies under the density. The density is convex,
	 * so it lies above its tangent at the layer's right edge and below the chord across the
	 * wedge: those two lines decide most points, and {@code exp} is computed only between them.
	 */
	static boolean underDensity(int layer, double x, double y) {
		if (y <= DENSITY[layer] * (1 + OUTER[layer] - x)) return true;
		if (y > DENSITY[layer - 1] + CHORD[layer] * (x - INNER[layer])) return false;
		return y < StrictMath.exp(-x);
	}

	private ExponentialZiggurat() {}
}
