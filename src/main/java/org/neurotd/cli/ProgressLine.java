package org.neurotd.cli;

import java.io.PrintStream;
import java.util.function.LongSupplier;

import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;

/**
 * Shows the commands' status events (stage, done/total) on stderr, at most once a second, as
 * one updating line.
 */
final class ProgressLine {

	/** Least time between two lines, in ns. */
	private static final long INTERVAL_NS = 1_000_000_000L;

	private final PrintStream err;
	private final boolean enabled;
	private final LongSupplier clock;
	private long last = Long.MIN_VALUE;
	private boolean shown;

	/** @param enabled whether to show anything (on a terminal, or when asked) */
	ProgressLine(PrintStream err, boolean enabled) {
		this(err, enabled, System::nanoTime);
	}

	ProgressLine(PrintStream err, boolean enabled, LongSupplier clock) {
		this.err = err;
		this.enabled = enabled;
		this.clock = clock;
	}

	@EventHandler
	private void onStatus(StatusEvent e) {
		show(e.getStatusMessage(), e.getProgressValue(), e.getProgressMaximum());
	}

	/** Shows {@code stage done/total} unless a line was shown less than a second ago. */
	void show(String stage, long done, long total) {
		if (!enabled || stage == null || stage.isEmpty()) return;
		long now = clock.getAsLong();
		if (last != Long.MIN_VALUE && now - last < INTERVAL_NS) return;
		last = now;
		String count = total > 0 ? String.format(" %d/%d (%d%%)", done, total, 100L * done / total) : "";
		err.print("\r" + stage + count + "          ");
		shown = true;
	}

	void finish() {
		if (shown) err.println();
	}
}
