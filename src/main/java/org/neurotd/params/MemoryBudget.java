package org.neurotd.params;

import java.util.Locale;

/**
 * Checks, before a large allocation, that it fits in what this Java VM may still allocate
 * ({@link Runtime#maxMemory()} less what is in use), so a run that cannot finish fails at once
 * with the size it needs rather than with an {@link OutOfMemoryError} halfway through.
 */
public final class MemoryBudget {

	/** Largest number of spikes one recording holds (spike times are one int array). */
	public static final long MAX_SPIKES = Integer.MAX_VALUE - 8;

	private MemoryBudget() {}

	/** Bytes this VM may still allocate. */
	public static long available() {
		Runtime r = Runtime.getRuntime();
		return r.maxMemory() - (r.totalMemory() - r.freeMemory());
	}

	/**
	 * Fails unless about {@code bytes} can still be allocated; garbage left by earlier runs is
	 * collected before it says no.
	 *
	 * @param name the parameter to blame (the one that sets the size)
	 * @param value its value
	 * @param what how the need is made up, e.g. "about 3.2e8 spikes x 4.4 bytes"
	 */
	public static void require(String name, Object value, long bytes, String what) {
		if (bytes <= available()) return;
		System.gc();
		require(name, value, bytes, available(), what);
	}

	/** Fails unless {@code bytes} fit in {@code available}. */
	public static void require(String name, Object value, long bytes, long available, String what) {
		if (bytes > available) {
			throw new InvalidParameterException(name, value, "a size that fits in memory: this run needs about "
				+ size(bytes) + " (" + what + ") but this Java VM can use only " + size(available)
				+ " more (raise it with -Xmx, or Edit>Options>Memory in Fiji)");
		}
	}

	/** Fails unless a recording of about {@code spikes} spikes can be stored at all. */
	public static void requireSpikes(String name, Object value, double spikes) {
		if (spikes > MAX_SPIKES) {
			throw new InvalidParameterException(name, value, String.format(Locale.ROOT,
				"a recording of at most %,d spikes; this one would hold about %.3g (fewer neurons, trials or a shorter"
					+ " duration)", MAX_SPIKES, spikes));
		}
	}

	/** A byte count for people: {@code 1.5 GB}. */
	public static String size(double bytes) {
		String[] units = { "bytes", "KB", "MB", "GB", "TB" };
		int u = 0;
		while (bytes >= 1024 && u < units.length - 1) {
			bytes /= 1024;
			u++;
		}
		return u == 0 ? String.format(Locale.ROOT, "%.0f bytes", bytes) : String.format(Locale.ROOT, "%.1f %s", bytes, units[u]);
	}
}
