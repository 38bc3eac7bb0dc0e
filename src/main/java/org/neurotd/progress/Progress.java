package org.neurotd.progress;

import java.util.concurrent.CancellationException;

/**
 * Where long core computations report how far they are, and ask whether to stop. Front ends
 * adapt it: SciJava's StatusService in Fiji, a progress line on the command line.
 */
public interface Progress {

	/** Reports nothing and never cancels. */
	Progress NONE = (stage, done, total) -> {};

	/** {@code done} of {@code total} units of {@code stage} are finished. */
	void report(String stage, long done, long total);

	/** True when the user asked to stop. */
	default boolean isCancelled() {
		return false;
	}

	/** Throws {@link CancellationException} if the user asked to stop. */
	default void checkCancelled() {
		if (isCancelled()) throw new CancellationException("cancelled by the user");
	}
}
