package org.neurotd.params;

import java.util.Locale;

/**
 * Parameter values typed as text (command line, macro options, dialogs) converted to numbers
 * and flags. Every failure names the parameter and what it accepts, so each front end reports
 * a typo the same way before any range check runs. Each method's {@code allowed} is the range
 * text the message ends with, e.g. {@code " from 1 to 100"} (empty when there is none).
 */
public final class ParameterText {

	private ParameterText() {}

	/**
	 * Text as a value of a primitive parameter type ({@code int}, {@code long}, {@code double},
	 * {@code boolean}); null for any other type, which the caller converts itself.
	 */
	public static Object primitive(String name, Class<?> type, String text, String allowed) {
		if (type == int.class) return integer(name, text, allowed);
		if (type == long.class) return longInteger(name, text, allowed);
		if (type == double.class) return number(name, text, allowed);
		if (type == boolean.class) return flag(name, text);
		return null;
	}

	/** A whole number, e.g. {@code neurons=100}. */
	public static int integer(String name, String text, String allowed) {
		try {
			return Integer.parseInt(text.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidParameterException(name, text, "an integer" + allowed);
		}
	}

	/** A long whole number, e.g. {@code seed=12345678901}. */
	public static long longInteger(String name, String text, String allowed) {
		try {
			return Long.parseLong(text.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidParameterException(name, text, "an integer" + allowed);
		}
	}

	/**
	 * A finite number. {@code NaN} and {@code Infinity} parse as doubles in Java but are never
	 * valid model parameters, so they are refused here, with the same message as a typo.
	 */
	public static double number(String name, String text, String allowed) {
		double v;
		try {
			v = Double.parseDouble(text.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidParameterException(name, text, "a number" + allowed);
		}
		if (!Double.isFinite(v)) throw new InvalidParameterException(name, text, "a finite number" + allowed);
		return v;
	}

	/** {@code true} or {@code false} (any case). */
	public static boolean flag(String name, String text) {
		String v = text.trim().toLowerCase(Locale.ROOT);
		if (v.equals("true")) return true;
		if (v.equals("false")) return false;
		throw new InvalidParameterException(name, text, "true or false");
	}
}
