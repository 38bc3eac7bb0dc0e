package org.neurotd.commands;

import ij.IJ;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.util.concurrent.CancellationException;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.progress.Progress;
import org.neurotd.report.OutputFolder;
import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

/**
 * What every Dopamine TD command shares: bad input and user cancellation end the command with
 * a cancel reason that names the parameter (shown by Fiji, printed by the command line), logged
 * through the LogService; progress goes to the StatusService.
 * <p>
 * Parameter fields are named exactly as the macro and command-line keys (hence snake_case):
 * all lowercase, unique, and none an underscore-suffix of another, since ImageJ's macro option
 * parser would find {@code trials=} inside {@code training_trials=}.
 */
public abstract class DopamineCommand extends ContextCommand {

	/** The menu all commands live under. */
	public static final String MENU = "Plugins>Dopamine TD>";

	@Parameter
	private LogService log;

	@Parameter
	private StatusService status;

	private final StringBuilder summary = new StringBuilder();

	@Override
	public final void run() {
		IJ.resetEscape(); // an Esc pressed before this run does not cancel it
		try {
			execute();
			status.clearStatus();
		}
		catch (InvalidParameterException e) {
			log.error(e.getMessage());
			cancel(e.getMessage());
		}
		catch (CancellationException e) {
			cancel("Cancelled: " + e.getMessage());
		}
	}

	/** Does the work; throws {@link InvalidParameterException} for bad input before any output. */
	protected abstract void execute();

	/**
	 * Progress to the status bar (ImageJ's progress bar in Fiji and plain ImageJ); cancelled when
	 * the command is, its thread interrupted, or Esc pressed in ImageJ.
	 */
	protected Progress progress() {
		return new Progress() {
			@Override
			public void report(String stage, long done, long total) {
				status.showStatus((int) Math.min(done, Integer.MAX_VALUE), (int) Math.min(total, Integer.MAX_VALUE),
					"Dopamine TD: " + stage);
			}

			@Override
			public boolean isCancelled() {
				return isCanceled() || Thread.currentThread().isInterrupted() || IJ.escapePressed();
			}
		};
	}

	/** The output folder, prepared, or null when none was given. */
	protected static OutputFolder outputFolder(File output) {
		return output == null || output.getPath().isEmpty() ? null : OutputFolder.prepare(output.toPath());
	}

	/** Whether to open result windows (not headless, not on the command line). */
	protected static boolean interactive() {
		return !GraphicsEnvironment.isHeadless();
	}

	/** Logs a line of results, and keeps it for {@link #summary()}. */
	protected void info(String message) {
		log.info(message);
		summary.append(message).append('\n');
	}

	/** The result lines of the last run, for the command line to print. */
	public String summary() {
		return summary.toString();
	}

	/** The number of worker threads for a {@code threads} value (0 = all cores). */
	protected static int threads(int threads) {
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}
}
