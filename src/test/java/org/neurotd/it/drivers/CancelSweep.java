package org.neurotd.it.drivers;

import ij.IJ;
import ij.ImageJ;

import java.awt.event.KeyEvent;

/**
 * Starts a long loss sweep from ImageJ (with its window), waits until ImageJ's status line shows
 * the sweep's progress, presses Esc, and prints what the status line and the Log showed.
 * Arguments: the options of the sweep.
 */
public final class CancelSweep {

	private CancelSweep() {}

	/** Entry point (under Xvfb, with the plugin in ImageJ's plugins folder). */
	public static void main(String[] args) throws Exception {
		new ImageJ();
		Thread sweep = new Thread(() -> {
			IJ.redirectErrorMessages(); // the cancel message to the Log, not a dialog
			try {
				IJ.run("Parkinson's Loss Sweep", args[0]);
			}
			catch (RuntimeException e) {
				System.out.println("run ended: " + e.getMessage()); // ImageJ's own abort after Esc
			}
		});
		sweep.start();
		String status = "";
		for (int i = 0; i < Dialogs.PATIENCE_STEPS && !status.startsWith("Dopamine TD"); i++) {
			Thread.sleep(100);
			status = ImageJ.getStatusBarText();
		}
		System.out.println("status: " + status);
		while (sweep.isAlive()) {
			IJ.setKeyDown(KeyEvent.VK_ESCAPE); // as a person pressing Esc in ImageJ
			sweep.join(500);
		}
		System.out.println("log: " + IJ.getLog());
		System.exit(0);
	}
}
