package org.neurotd.it.drivers;

import ij.gui.GenericDialog;

import java.awt.Checkbox;
import java.awt.Choice;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Label;
import java.awt.TextField;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.util.Locale;
import java.util.Map;

/** Fills and confirms ImageJ dialogs as a person does, for tests under Xvfb. */
final class Dialogs {

	/**
	 * How many 100 ms steps a driver waits for a window, an image or a recorded line: two
	 * minutes, so that a loaded machine (a CI runner building other work) does not fail a run
	 * that is only slow. It bounds a wait; nothing is timed.
	 */
	static final int PATIENCE_STEPS = 1200;

	private Dialogs() {}

	/** Waits (up to {@link #PATIENCE_STEPS}) for the dialog titled {@code title}. */
	static GenericDialog await(String title) throws InterruptedException {
		for (int i = 0; i < PATIENCE_STEPS; i++) {
			for (Window w : Window.getWindows()) {
				if (w instanceof GenericDialog gd && gd.isShowing() && title.equals(gd.getTitle())) return gd;
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("no dialog '" + title + "'");
	}

	/**
	 * Types values into the fields whose shown label (spaces for underscores, any case) is the
	 * key, ticks or clears checkboxes, picks choices; then clicks OK.
	 */
	static void fillAndOk(GenericDialog gd, Map<String, Object> values) throws Exception {
		// a click that arrives while the dialog is still opening can be lost: click until it closes
		for (int attempt = 0; attempt < 20 && gd.isShowing(); attempt++) {
			Thread.sleep(250);
			EventQueue.invokeAndWait(() -> fill(gd, values, new String[1]));
			EventQueue.invokeAndWait(() -> gd.actionPerformed(new ActionEvent(gd.getButtons()[0],
				ActionEvent.ACTION_PERFORMED, "OK")));
		}
		if (gd.isShowing()) throw new IllegalStateException("dialog '" + gd.getTitle() + "' did not close");
	}

	private static void fill(Container c, Map<String, Object> values, String[] lastLabel) {
		for (Component child : c.getComponents()) {
			if (child instanceof Label l) lastLabel[0] = key(l.getText());
			else if (child instanceof Checkbox cb && values.containsKey(key(cb.getLabel()))) {
				cb.setState((Boolean) values.get(key(cb.getLabel())));
			}
			else if (child instanceof TextField tf && values.containsKey(lastLabel[0])) {
				tf.setText(String.valueOf(values.get(lastLabel[0])));
			}
			else if (child instanceof Choice ch && values.containsKey(lastLabel[0])) {
				ch.select(String.valueOf(values.get(lastLabel[0])));
			}
			else if (child instanceof Container inner) fill(inner, values, lastLabel);
		}
	}

	private static String key(String shown) {
		return shown.trim().toLowerCase(Locale.US).replace(' ', '_');
	}
}
