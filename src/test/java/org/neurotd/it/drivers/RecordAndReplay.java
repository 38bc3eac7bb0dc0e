package org.neurotd.it.drivers;

import ij.IJ;
import ij.ImageJ;
import ij.WindowManager;
import ij.plugin.frame.Recorder;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Records two Dopamine TD commands run from their dialogs with ImageJ's Recorder, then replays
 * the recorded lines as a macro. Argument: a folder; writes recorded.ijm, and the outputs of
 * the recorded run (first/) and of the replay (replay/) for the test to compare.
 */
public final class RecordAndReplay {

	private RecordAndReplay() {}

	/** Entry point (under Xvfb, with the plugin in ImageJ's plugins folder). */
	public static void main(String[] args) {
		try {
			recordAndReplay(Path.of(args[0]));
			System.exit(0);
		}
		catch (Exception e) {
			e.printStackTrace(System.out);
			System.out.println("recorder open: " + (Recorder.getInstance() != null) + ", recording: " + Recorder.record
				+ ", text:\n" + (Recorder.getInstance() == null ? "" : Recorder.getInstance().getText()));
			System.out.println("log: " + IJ.getLog());
			System.exit(1);
		}
	}

	private static void recordAndReplay(Path out) throws Exception {
		new ImageJ();
		new Recorder();

		Path run = out.resolve("run");
		IJ.doCommand("Simulate Population");
		Dialogs.fillAndOk(Dialogs.await("Simulate Population"), Map.of("neurons", 30, "trials", 4, "training", 100,
			"seed", 7, "representation", "microstimulus", "output", run.resolve("healthy").toString()));
		awaitImage("Dopamine recording (seed 7)");
		awaitRecorded("run(\"Simulate Population\""); // the command has ended: ImageJ records one at a time
		IJ.doCommand("Degrade Population (Parkinson's loss)");
		Dialogs.fillAndOk(Dialogs.await("Degrade Population (Parkinson's loss)"), Map.of("loss", 0.6, "compensation",
			true, "seed", 3, "output", run.resolve("degraded").toString()));
		awaitImage("Degraded recording (loss 0.6)");

		String recorded = awaitRecorded("run(\"Degrade Population");
		Files.writeString(out.resolve("recorded.ijm"), recorded);
		System.out.println("recorded:\n" + recorded);
		Files.move(run, out.resolve("first"));
		WindowManager.closeAllWindows();

		String result = IJ.runMacro(recorded);
		Files.move(run, out.resolve("replay"));
		System.out.println("replayed" + (result == null ? "" : ": " + result));
	}

	private static void awaitImage(String title) throws InterruptedException {
		for (int i = 0; i < Dialogs.PATIENCE_STEPS && WindowManager.getImage(title) == null; i++) Thread.sleep(100);
		if (WindowManager.getImage(title) == null) throw new IllegalStateException("no image '" + title + "'");
	}

	/** The Recorder's run(...) lines, once the one naming {@code command} is there. */
	private static String awaitRecorded(String command) throws InterruptedException {
		for (int i = 0; i < Dialogs.PATIENCE_STEPS; i++) {
			String text = Recorder.getInstance() == null ? "" : Recorder.getInstance().getText();
			if (text.contains(command)) {
				StringBuilder lines = new StringBuilder();
				for (String line : text.split("\n")) {
					if (line.startsWith("run(\"Simulate") || line.startsWith("run(\"Degrade")) lines.append(line).append('\n');
				}
				return lines.toString();
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("nothing recorded for " + command + File.separator);
	}
}
