package org.neurotd.params;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One parameter, declared once: its key (the macro, script and command-line name, and the name
 * in run.properties and recording metadata), label, description, unit, default and allowed
 * values. Commands, dialogs, {@code --help}, run.properties and recording metadata all read
 * it from here, and the record it configures validates through {@link #require}, so the range
 * and its message come from the same place.
 * <p>
 * Immutable: the {@code with...} methods return a changed copy, used where a command refines a
 * declared key (a different default, a more specific description).
 *
 * @param <T> the value type: Integer, Long, Double, Boolean or String ({@code null} for files
 *          and images, which are not values)
 */
public final class Key<T> {

	/** What kind of value a key takes; the front ends map each to their own widget. */
	public enum Type {
		/** A whole number (int). */
		INTEGER,
		/** A long whole number, e.g. a seed. */
		LONG,
		/** A finite real number. */
		NUMBER,
		/** true or false; a bare key means true. */
		FLAG,
		/** Free text. */
		TEXT,
		/** One of a list of words. */
		CHOICE,
		/** A folder to write to; empty means none. */
		FOLDER,
		/** An existing file or folder to read. */
		FILE,
		/** A recording: an open image or a recording TIFF. */
		RECORDING
	}

	private final String name;
	private final Type type;
	private final T initial;
	private final String label;
	private final String description;
	private final String unit;
	private final Double min;
	private final Double max;
	private final boolean minExclusive;
	private final Double step;
	private final List<String> choices;
	private final boolean executionOnly;

	private Key(String name, Type type, T initial, String label, String description, String unit, Double min,
		Double max, boolean minExclusive, Double step, List<String> choices, boolean executionOnly)
	{
		this.name = Objects.requireNonNull(name);
		this.type = type;
		this.initial = initial;
		this.label = label;
		this.description = description;
		this.unit = unit;
		this.min = min;
		this.max = max;
		this.minExclusive = minExclusive;
		this.step = step;
		this.choices = List.copyOf(choices);
		this.executionOnly = executionOnly;
	}

	private static <T> Key<T> of(String name, Type type, T initial, Double min, Double max, List<String> choices) {
		return new Key<>(name, type, initial, name, "", "", min, max, false, null, choices, false);
	}

	/** A whole number in [min, max]. */
	public static Key<Integer> integer(String name, int initial, int min, int max) {
		return of(name, Type.INTEGER, initial, (double) min, (double) max, List.of());
	}

	/** A long whole number without range (seeds). */
	public static Key<Long> longInteger(String name, long initial) {
		return of(name, Type.LONG, initial, null, null, List.of());
	}

	/** A finite number in [min, max]. */
	public static Key<Double> number(String name, double initial, double min, double max) {
		return of(name, Type.NUMBER, initial, min, max, List.of());
	}

	/** A finite number in (min, max]. */
	public static Key<Double> numberAbove(String name, double initial, double min, double max) {
		return new Key<>(name, Type.NUMBER, initial, name, "", "", min, max, true, null, List.of(), false);
	}

	/** true or false. */
	public static Key<Boolean> flag(String name, boolean initial) {
		return of(name, Type.FLAG, initial, null, null, List.of());
	}

	/** One of {@code choices}; {@code initial} is one of them. */
	public static Key<String> choice(String name, String initial, String... choices) {
		if (!List.of(choices).contains(initial)) throw new IllegalArgumentException(initial + " not in choices");
		return of(name, Type.CHOICE, initial, null, null, List.of(choices));
	}

	/** Free text, checked by the code that reads it. */
	public static Key<String> text(String name, String initial) {
		return of(name, Type.TEXT, initial, null, null, List.of());
	}

	/** A file-like input ({@link Type#FOLDER}, {@link Type#FILE} or {@link Type#RECORDING}), no default. */
	public static Key<String> path(String name, Type type) {
		if (type != Type.FOLDER && type != Type.FILE && type != Type.RECORDING) throw new IllegalArgumentException(type.name());
		return of(name, type, null, null, null, List.of());
	}

	/** This key with its dialog label (without the unit, which {@link #labelWithUnit()} adds). */
	public Key<T> label(String text) {
		return new Key<>(name, type, initial, text, description, unit, min, max, minExclusive, step, choices,
			executionOnly);
	}

	/** This key with its description (one sentence, without the unit or the range). */
	public Key<T> describe(String text) {
		return new Key<>(name, type, initial, label, text, unit, min, max, minExclusive, step, choices, executionOnly);
	}

	/** This key with a unit ("ms", "Hz"). */
	public Key<T> unit(String text) {
		return new Key<>(name, type, initial, label, description, text, min, max, minExclusive, step, choices,
			executionOnly);
	}

	/** This key with the step a dialog's slider or spinner moves by. */
	public Key<T> step(double by) {
		return new Key<>(name, type, initial, label, description, unit, min, max, minExclusive, by, choices,
			executionOnly);
	}

	/** This key marked as changing how a run goes, never its results (left out of run.properties). */
	public Key<T> executionOnly() {
		return new Key<>(name, type, initial, label, description, unit, min, max, minExclusive, step, choices, true);
	}

	/** This key with another default (e.g. the demo's larger population). */
	public Key<T> withDefault(T value) {
		return new Key<>(name, type, value, label, description, unit, min, max, minExclusive, step, choices,
			executionOnly);
	}

	/** The same declaration under another name (e.g. the lesion's seed in recording metadata). */
	public Key<T> named(String other) {
		return new Key<>(other, type, initial, label, description, unit, min, max, minExclusive, step, choices,
			executionOnly);
	}

	/** The macro, script and command-line key. */
	public String name() {
		return name;
	}

	/** The kind of value. */
	public Type type() {
		return type;
	}

	/** The default; null for files and images. */
	public T defaultValue() {
		return initial;
	}

	/** The label of a dialog field, without the unit. */
	public String label() {
		return label;
	}

	/** The label with its unit, e.g. {@code CS time (ms)}. */
	public String labelWithUnit() {
		return unit.isEmpty() ? label : label + " (" + unit + ")";
	}

	/** What the parameter means. */
	public String description() {
		return description;
	}

	/** The unit, or empty. */
	public String unit() {
		return unit;
	}

	/** The smallest value allowed, or null. */
	public Double min() {
		return min;
	}

	/** The largest value allowed, or null. */
	public Double max() {
		return max;
	}

	/** Whether {@link #min()} itself is excluded. */
	public boolean minExclusive() {
		return minExclusive;
	}

	/** The step a dialog moves by, or null. */
	public Double stepSize() {
		return step;
	}

	/** The allowed words of a choice, else empty. */
	public List<String> choices() {
		return choices;
	}

	/** Whether the key changes how a run goes, never its results. */
	public boolean isExecutionOnly() {
		return executionOnly;
	}

	/** Whether the value is a number, flag or word (not a file or image). */
	public boolean isValue() {
		return type != Type.FOLDER && type != Type.FILE && type != Type.RECORDING;
	}

	/** A bound as it is written: {@code 1}, {@code 0.15}, {@code 10000000}. */
	public static String bound(double value) {
		return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
	}

	/** What the key accepts, e.g. {@code an integer from 1 to 100}, {@code one of [csc, microstimulus]}. */
	public String allowed() {
		return switch (type) {
			case INTEGER, LONG -> "an integer" + range();
			case NUMBER -> "a number" + range();
			case FLAG -> "true or false";
			case CHOICE -> "one of " + choices;
			case TEXT -> "text";
			case FOLDER -> "a folder";
			case FILE -> "an existing file or folder";
			case RECORDING -> "a recording (an open image or a recording TIFF)";
		};
	}

	/** The range part of {@link #allowed()}: {@code " from 1 to 100"}, or empty. */
	public String range() {
		if (min == null && max == null) return "";
		if (minExclusive) return " greater than " + bound(min) + " and at most " + bound(max);
		return " from " + bound(min) + " to " + bound(max);
	}

	/**
	 * Fails, naming this key and what it accepts, unless {@code value} is allowed; returns it.
	 * This is the one range check of every record's validation.
	 */
	public T require(T value) {
		boolean ok = switch (type) {
			case INTEGER, LONG, NUMBER -> {
				double v = ((Number) value).doubleValue();
				yield Double.isFinite(v) && (min == null || (minExclusive ? v > min : v >= min))
					&& (max == null || v <= max);
			}
			case CHOICE -> choices.contains(value);
			default -> value != null;
		};
		if (!ok) throw new InvalidParameterException(name, value, allowed());
		return value;
	}

	/** {@link #require} for an int key, without boxing at the call site. */
	public int require(int value) {
		require(type == Type.INTEGER ? cast(value) : cast((long) value));
		return value;
	}

	/** {@link #require} for a number key. */
	public double require(double value) {
		require(cast(value));
		return value;
	}

	@SuppressWarnings("unchecked")
	private T cast(Object value) {
		return (T) value;
	}

	/**
	 * Text typed by a user (command line, macro options, script arguments, metadata) as this key's
	 * value, checked: a typo and an out-of-range value fail the same way, naming the key.
	 */
	public T parse(String text) {
		String allowed = range();
		Object v = switch (type) {
			case INTEGER -> ParameterText.integer(name, text, allowed);
			case LONG -> ParameterText.longInteger(name, text, allowed);
			case NUMBER -> ParameterText.number(name, text, allowed);
			case FLAG -> ParameterText.flag(name, text);
			case CHOICE -> choices.stream().filter(c -> c.equalsIgnoreCase(text.trim())).findFirst().orElse(text);
			default -> text;
		};
		return require(cast(v));
	}

	/** A value as it is written in run.properties and metadata ({@code String.valueOf}). */
	public String text(Object value) {
		return value == null ? "" : String.valueOf(value);
	}

	@Override
	public String toString() {
		return name;
	}

	/** Two keys are the same parameter when their names are equal. */
	@Override
	public boolean equals(Object o) {
		return o instanceof Key<?> k && k.name.equals(name);
	}

	@Override
	public int hashCode() {
		return name.hashCode();
	}
}
