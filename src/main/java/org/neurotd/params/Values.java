package org.neurotd.params;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parameter values by key, in order: what a command was given, what a recording's metadata or a
 * run.properties says. A key without a value reads as its declared default.
 */
public final class Values {

	private final Map<String, Object> byName;

	private Values(Map<String, Object> byName) {
		this.byName = byName;
	}

	/** No values: every key reads as its default. */
	public static Values none() {
		return new Values(new LinkedHashMap<>());
	}

	/** These values plus {@code key = value} (replacing an earlier value of the key). */
	public <T> Values with(Key<T> key, T value) {
		Map<String, Object> m = new LinkedHashMap<>(byName);
		m.put(key.name(), value);
		return new Values(m);
	}

	/** These values, then those of {@code more}. */
	public Values and(Values more) {
		Map<String, Object> m = new LinkedHashMap<>(byName);
		m.putAll(more.byName);
		return new Values(m);
	}

	/** The value of {@code key}, or its default when none was given. */
	@SuppressWarnings("unchecked")
	public <T> T get(Key<T> key) {
		return byName.containsKey(key.name()) ? (T) byName.get(key.name()) : key.defaultValue();
	}

	/** Whether {@code key} was given. */
	public boolean has(Key<?> key) {
		return byName.containsKey(key.name());
	}

	/**
	 * Text values (metadata lines, run.properties) parsed by their keys; text for a name that is
	 * not one of {@code keys} is ignored.
	 */
	public static Values parse(List<Key<?>> keys, Map<String, String> text) {
		Map<String, Object> m = new LinkedHashMap<>();
		for (Key<?> k : keys) {
			String v = text.get(k.name());
			if (v != null) m.put(k.name(), k.parse(v));
		}
		return new Values(m);
	}

	/** The values as text by key name, in order ({@link Key#text}). */
	public Map<String, String> text(List<Key<?>> keys) {
		Map<String, String> m = new LinkedHashMap<>();
		for (Key<?> k : keys) m.put(k.name(), k.text(get(k)));
		return m;
	}

	/** The values given, by key name, in order. */
	public Map<String, Object> asMap() {
		return Collections.unmodifiableMap(byName);
	}
}
