package org.neurotd.cli;

import java.io.PrintStream;

import org.scijava.app.event.StatusEvent;
import org.scijava.event.EventHandler;

/** Shows the commands' status events as one updating line on a terminal (and not in logs). */
final class ProgressLine {

	private final PrintStream err;
	private final boolean terminal = System.console() != null;
	private boolean shown;

	ProgressLine(PrintStream err) {
		this.err = err;
	}

	@EventHandler
	private void onStatus(StatusEvent e) {
		if (!terminal || e.getStatusMessage() == null || e.getStatusMessage().isEmpty()) return;
		int max = e.getProgressMaximum();
		String pct = max > 0 ? String.format(" %3d%%", 100L * e.getProgressValue() / max) : "";
		err.print("\r" + e.getStatusMessage() + pct + "          ");
		shown = true;
	}

	void finish() {
		if (shown) err.println();
	}
}
