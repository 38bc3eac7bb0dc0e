package org.neurotd.params;

/** Range checks shared by every entry point; each failure names the parameter and the range. */
public final class Require {

	private Require() {}

	/** An integer in [min, max]. */
	public static int between(String name, int value, int min, int max) {
		if (value < min || value > max) {
			throw new InvalidParameterException(name, value, "an integer from " + min + " to " + max);
		}
		return value;
	}

	/** A finite number in [min, max]. */
	public static double between(String name, double value, double min, double max) {
		if (!Double.isFinite(value) || value < min || value > max) {
			throw new InvalidParameterException(name, value, "a number from " + Key.bound(min) + " to " + Key.bound(max));
		}
		return value;
	}

	/** A fraction or probability in [0, 1]. */
	public static double fraction(String name, double value) {
		return between(name, value, 0.0, 1.0);
	}

	/** A finite number strictly greater than {@code min}, at most {@code max}. */
	public static double above(String name, double value, double min, double max) {
		if (!Double.isFinite(value) || value <= min || value > max) {
			throw new InvalidParameterException(name, value,
				"a number greater than " + Key.bound(min) + " and at most " + Key.bound(max));
		}
		return value;
	}

	/**
	 * The choice whose key equals {@code value} (ignoring case and surrounding blanks); the
	 * error lists the allowed keys.
	 */
	public static <E> E choice(String name, String value, E[] choices, java.util.function.Function<E, String> key) {
		String v = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
		for (E c : choices) {
			if (key.apply(c).equals(v)) return c;
		}
		throw new InvalidParameterException(name, value,
			"one of " + java.util.Arrays.stream(choices).map(key).toList());
	}

	/** Fails with the given range text unless {@code ok}. */
	public static void that(boolean ok, String name, Object value, String allowed) {
		if (!ok) throw new InvalidParameterException(name, value, allowed);
	}
}
