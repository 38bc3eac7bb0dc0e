package org.neurotd.params;

import java.util.Locale;

/**
 * Checks, before a large allocation, that it fits in what this JVM may still allocate
 * ({@link Runtime#maxMemory()} less what is in use), so a run that cannot finish fails at once
 * with a message rather than with an OutOfMemoryError half way.
 */
public final class MemoryBudget {

	private MemoryBudget() {}

	/** Bytes this JVM can still allocate. */
	public static long available() {
		Runtime r = Runtime.getRuntime();
		return r.maxMemory() - (r.totalMemory() - r.freeMemory());
	}

	/**
	 * @throws InvalidParameterException naming {@code parameter} if {@code bytes} exceed
	 *           {@code available}
	 */
	public static void require(String parameter, Object value, long bytes, long available, String what) {
		if (bytes > available) {
			throw new InvalidParameterException(parameter, value, String.format(Locale.ROOT,
				"a size that fits in memory: %s needs about %s, and this JVM can allocate %s more"
					+ " (raise -Xmx, or lower %s)", what, size(bytes), size(available), parameter));
		}
	}

	/** A byte count for people: 1.5 GiB, 300 MiB. */
	public static String size(long bytes) {
		if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
		return String.format(Locale.ROOT, "%.0f MiB", Math.ceil(bytes / (double) (1L << 20)));
	}
}
