package org.neurotd.commands;

import ij.IJ;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Require;
import org.neurotd.progress.Progress;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.RunRecord;
import org.scijava.ItemIO;
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

	/** Parameters that change how a run goes, never its results: left out of {@code run.properties}. */
	private static final Set<String> EXECUTION_ONLY = Set.of("threads", "overwrite", "resume");

	private final StringBuilder summary = new StringBuilder();
	private OutputFolder folder;

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
		finally {
			if (folder != null) folder.discard(); // nothing half-written is left behind
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

	/**
	 * The output folder, checked (it is created when the first file is staged), or null when
	 * none was given. Call it after every parameter is validated and before the work starts.
	 *
	 * @param outputs the files the command will write there (run.properties is added)
	 */
	protected OutputFolder outputFolder(File output, boolean overwrite, String... outputs) {
		if (output == null || output.getPath().isEmpty()) return null;
		List<String> names = new ArrayList<>(List.of(outputs));
		names.add(RunRecord.FILE);
		folder = OutputFolder.prepare(output.toPath(), overwrite, names);
		return folder;
	}

	/** The output folder {@link #outputFolder(File, boolean, String...)} prepared, or null. */
	protected OutputFolder preparedOutput() {
		return folder;
	}

	/** Stages run.properties beside the staged outputs and moves them all into place. */
	protected void commit(OutputFolder outputs) {
		List<String> names = outputs.staged();
		String recording = inputRecording();
		Map<String, String> metadata = recording == null ? Map.of() : RecordingMetadata.entries(recording);
		outputs.text(RunRecord.FILE, RunRecord.of(getClass().getName(), parameters(), metadata, names).text());
		outputs.commit();
	}

	/** The metadata (image Info) of the recording the command read, or null when it reads none. */
	protected String inputRecording() {
		return null;
	}

	/**
	 * The values of the parameters that shape this command's results, by macro/command-line key
	 * (sorted): every user input except files, images and {@link #EXECUTION_ONLY} ones.
	 */
	public Map<String, String> parameters() {
		Map<String, String> values = new TreeMap<>();
		for (Class<?> c = getClass(); c != DopamineCommand.class; c = c.getSuperclass()) {
			for (Field f : c.getDeclaredFields()) {
				Parameter p = f.getAnnotation(Parameter.class);
				boolean plain = f.getType().isPrimitive() || f.getType() == String.class;
				if (p == null || p.type() != ItemIO.INPUT || !plain || EXECUTION_ONLY.contains(f.getName())) continue;
				values.put(f.getName(), value(f));
			}
		}
		return values;
	}

	private String value(Field f) {
		try {
			f.setAccessible(true);
			return String.valueOf(f.get(this));
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The command-line exit status of a finished run: 0, or 1 when it found a problem (see reproduce). */
	public int exitStatus() {
		return 0;
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

	/** Logs a warning about a result, and keeps it for {@link #summary()}. */
	protected void warn(String message) {
		log.warn(message);
		summary.append("warning: ").append(message).append('\n');
	}

	/** The result lines of the last run, for the command line to print. */
	public String summary() {
		return summary.toString();
	}

	/** Most worker threads accepted. */
	public static final int MAX_THREADS = 1024;

	/** The number of worker threads for a {@code threads} value (0 = all cores), validated. */
	protected static int threads(int threads) {
		Require.between("threads", threads, 0, MAX_THREADS);
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}
}
