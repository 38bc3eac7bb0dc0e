package org.neurotd.commands;

import ij.IJ;

import java.awt.GraphicsEnvironment;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.params.Values;
import org.neurotd.progress.Progress;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.RunRecord;
import org.neurotd.report.SpikeTable;
import org.scijava.app.StatusService;
import org.scijava.command.ContextCommand;
import org.scijava.log.LogService;
import org.scijava.plugin.Parameter;

/**
 * What every Dopamine TD command shares: bad input and user cancellation end the command with
 * a cancel reason that names the parameter (shown by Fiji, printed by the command line), logged
 * through the LogService; progress goes to the StatusService.
 * <p>
 * Each command declares the keys it takes ({@link #keys()}, from the blocks' one declaration in
 * the core packages); its SciJava {@code @Parameter} fields are generated from that declaration
 * between the {@code BEGIN/END DECLARED INPUTS} lines (InputFieldsTest checks them and rewrites
 * them with {@code -Dregenerate=true}), so SciJava's annotation index, dialogs, macro recording
 * and scripts see ordinary parameters. Keys are all lowercase, unique, and none an
 * underscore-suffix of another, since ImageJ's macro option parser would find {@code trials=}
 * inside {@code training_trials=}.
 */
public abstract class DopamineCommand extends ContextCommand {

	/** The menu all commands live under. */
	public static final String MENU = "Plugins>Dopamine TD>";

	@Parameter
	private LogService log;

	@Parameter
	private StatusService status;

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

	/**
	 * The keys this command takes, in the order its dialog and {@code --help} list them: the
	 * {@code INPUTS} each class declares for its own generated fields, from this class down (a
	 * superclass's fields come first in SciJava's inputs too). A command overrides it only to
	 * refine an inherited key (another default), and then calls {@link #declaredDefaults()}.
	 */
	public List<Key<?>> keys() {
		List<Class<?>> chain = new ArrayList<>();
		for (Class<?> c = getClass(); c != DopamineCommand.class; c = c.getSuperclass()) chain.add(0, c);
		List<Key<?>> keys = new ArrayList<>();
		for (Class<?> c : chain) keys.addAll(inputs(c));
		return keys;
	}

	/** The output folder and whether to replace what is there: the last inputs of a command that writes. */
	protected static final List<Key<?>> OUTPUT_KEYS = List.of(RunKeys.OUTPUT, RunKeys.OVERWRITE);

	/** The lists one after the other. */
	@SafeVarargs
	protected static List<Key<?>> join(List<Key<?>>... lists) {
		List<Key<?>> all = new ArrayList<>();
		for (List<Key<?>> l : lists) all.addAll(l);
		return List.copyOf(all);
	}

	/** The keys {@code c} declares for its own fields ({@code static final List<Key<?>> INPUTS}), or none. */
	@SuppressWarnings("unchecked")
	public static List<Key<?>> inputs(Class<?> c) {
		try {
			Field f = c.getDeclaredField("INPUTS");
			f.setAccessible(true);
			return (List<Key<?>>) f.get(null);
		}
		catch (NoSuchFieldException e) {
			return List.of();
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Sets every input to the default {@link #keys()} declares (for a command that refines them). */
	protected final void declaredDefaults() {
		for (Key<?> k : keys()) {
			if (!k.isValue()) continue;
			try {
				field(k).set(this, k.defaultValue());
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
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
	 * The output folder ({@code output}), checked (it is created when the first file is staged),
	 * or null when none was given. Call it after every parameter is validated and before the work
	 * starts.
	 *
	 * @param outputs the files the command will write there (run.properties is added)
	 */
	protected OutputFolder outputFolder(String... outputs) {
		File output = (File) input(RunKeys.OUTPUT);
		if (output == null || output.getPath().isEmpty()) return null;
		List<String> names = new ArrayList<>(List.of(outputs));
		names.add(RunRecord.FILE);
		folder = OutputFolder.prepare(output.toPath(), values().get(RunKeys.OVERWRITE), names);
		return folder;
	}

	/** {@code outputs}, followed by {@code spikeTables} when the command was asked for them ({@code spikes}). */
	protected String[] withSpikes(String[] outputs, String... spikeTables) {
		if (!values().get(RunKeys.SPIKES)) return outputs;
		String[] all = java.util.Arrays.copyOf(outputs, outputs.length + spikeTables.length);
		System.arraycopy(spikeTables, 0, all, outputs.length, spikeTables.length);
		return all;
	}

	/** Stages the spikes of {@code sources} as {@code name} when the command was asked for them ({@code spikes}). */
	protected void spikeTable(OutputFolder folder, String name, List<SpikeTable.Source> sources) {
		if (values().get(RunKeys.SPIKES)) folder.bytes(name, out -> SpikeTable.write(sources, out));
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
		StringBuilder text = new StringBuilder(RunRecord.of(getClass().getName(), parameters(), metadata, names).text());
		List<String> hypotheses = hypotheses();
		for (int i = 0; i < hypotheses.size(); i++) {
			text.append("hypothesis.").append(i + 1).append(" = ").append(hypotheses.get(i)).append('\n');
		}
		outputs.text(RunRecord.FILE, text.toString());
		outputs.commit();
	}

	/** The hypotheses this command's results rest on, written into run.properties (none by default). */
	protected List<String> hypotheses() {
		return List.of();
	}

	/** The metadata (image Info) of the recording the command read, or null when it reads none. */
	protected String inputRecording() {
		return null;
	}

	/**
	 * The values of the parameters that shape this command's results, by key (sorted): every
	 * declared key except files, images and {@link Key#isExecutionOnly() execution-only} ones.
	 */
	public Map<String, String> parameters() {
		return RunRecord.parameters(keys(), values());
	}

	/** The values of this command's declared number, flag and text inputs. */
	protected Values values() {
		Values v = Values.none();
		for (Key<?> k : keys()) {
			if (k.isValue()) v = put(v, k, input(k));
		}
		return v;
	}

	@SuppressWarnings("unchecked")
	private static <T> Values put(Values v, Key<T> key, Object value) {
		return v.with(key, (T) value);
	}

	/** The current value of the input field generated for {@code key}. */
	protected Object input(Key<?> key) {
		try {
			return field(key).get(this);
		}
		catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
	}

	private Field field(Key<?> key) {
		for (Class<?> c = getClass(); c != DopamineCommand.class; c = c.getSuperclass()) {
			try {
				Field f = c.getDeclaredField(key.name());
				f.setAccessible(true);
				return f;
			}
			catch (NoSuchFieldException e) {
				// generated in a superclass's block; look further up
			}
		}
		throw new IllegalStateException(getClass().getName() + " has no input field for " + key
			+ ": regenerate its inputs (InputFieldsTest -Dregenerate=true)");
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

	/** The number of worker threads the {@code threads} input asks for (0 = all cores), validated. */
	protected int threads() {
		return RunKeys.threads(values().get(RunKeys.THREADS));
	}
}
