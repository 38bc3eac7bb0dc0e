package org.neurotd.it.drivers;

import ij.IJ;
import ij.ImageJ;

import java.awt.Dialog;
import java.awt.EventQueue;
import java.awt.Window;

/**
 * Bad input with someone at the screen (ImageJ's window open, no batch mode): runs a bad
 * command line as a menu command and as an interactive macro line, prints the title of the
 * dialog each opens (and the message ImageJ reports), closes it as a person would, and prints
 * whether the macro went on. Arguments: the bad options.
 */
public final class InteractiveErrors {

	private InteractiveErrors() {}

	/** Entry point (under Xvfb, with the plugin in ImageJ's plugins folder). */
	public static void main(String[] args) throws Exception {
		new ImageJ();
		run(() -> IJ.run("Simulate Population", args[0]), "menu");
		System.out.println("message: " + IJ.getErrorMessage());
		run(() -> IJ.runMacro("run(\"Simulate Population\", \"" + args[0] + "\");\nprint(\"macro went on\");"), "macro");
		System.out.println("log: " + IJ.getLog());
		System.exit(0);
	}

	/** Runs {@code work}, waits for its dialog, prints its title and closes it, then waits for the run to end. */
	private static void run(Runnable work, String route) throws Exception {
		Thread t = new Thread(work, "Run$_" + route);
		t.start();
		Dialog dialog = null;
		for (int i = 0; i < Dialogs.PATIENCE_STEPS && dialog == null; i++) {
			Thread.sleep(100);
			for (Window w : Window.getWindows()) {
				if (w instanceof Dialog d && d.isShowing()) dialog = d;
			}
		}
		System.out.println(route + " dialog: " + (dialog == null ? "none" : dialog.getTitle()));
		if (dialog != null) {
			Dialog shown = dialog;
			EventQueue.invokeAndWait(shown::dispose);
		}
		t.join(30_000);
		System.out.println(route + " ended: " + !t.isAlive());
	}
}
