package org.neurotd.it.drivers;

import ij.IJ;

/**
 * Runs menu commands with macro options the way ImageJ's {@code run(label, options)} does,
 * without the macro interpreter (whose error dialog would wait for a click). Arguments: pairs
 * of label and options. ImageJ prints error messages to standard output here.
 */
public final class RunCommands {

	private RunCommands() {}

	/** Entry point (under Xvfb, with the plugin in ImageJ's plugins folder). */
	public static void main(String[] args) {
		for (int i = 0; i + 1 < args.length; i += 2) {
			IJ.run(args[i], args[i + 1]);
			System.out.println("ran " + args[i]);
		}
		System.exit(0);
	}
}
