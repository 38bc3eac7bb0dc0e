package org.neurotd.params;

import java.util.Locale;

/**
 * Checks, before anything is allocated, that a run's largest arrays fit in the memory this Java
 * VM may still use, so a too-large request fails at once with the size it needs rather than
 * with an {@link OutOfMemoryError} halfway through.
 */
public final class MemoryNeed {

	/** Largest number of spikes one recording holds (spike times are one int array). */
	public static final long MAX_SPIKES = Integer.MAX_VALUE - 8;

	private MemoryNeed() {}

	/**
	 * Fails unless about {@code bytes} can still be allocated.
	 *
	 * @param name the parameter to blame (the one that sets the size)
	 * @param value its value
	 * @param bytes the estimated need
	 * @param what how the need is made up, e.g. "3.2e8 spikes x 8 bytes + a 1.2 GB image"
	 */
	public static void require(String name, Object value, long bytes, String what) {
		long available = available();
		if (bytes <= available) return;
		System.gc(); // garbage left by earlier runs counts as used until collected
		available = available();
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

	/** Bytes this VM may still allocate. */
	public static long available() {
		Runtime r = Runtime.getRuntime();
		return r.maxMemory() - (r.totalMemory() - r.freeMemory());
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
