package org.neurotd.commands;

import ij.IJ;
import ij.ImagePlus;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import org.neurotd.Version;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.recording.SimulationKeys;
import org.neurotd.report.RunRecord;
import org.neurotd.report.SafeFiles;
import org.neurotd.reproduce.Regeneration;
import org.neurotd.reproduce.ReproduceKeys;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Re-runs a saved result from its own metadata and checks that it comes out identical, byte for
 * byte: an output folder (from its run.properties) or a recording TIFF (from its Info).
 */
@Plugin(type = Command.class, name = "reproduce", priority = 10, menuPath = ReproduceCommand.MENU_PATH,
	label = "Reproduce a Saved Result",
	description = "Re-run a saved output folder or recording TIFF from its metadata and check the result is identical")
public class ReproduceCommand extends DopamineCommand {

	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + "Reproduce a Saved Result";

	/** What to re-run, and with how many threads. */
	static final List<Key<?>> INPUTS = List.of(ReproduceKeys.SAVED, RunKeys.THREADS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Saved result", description = "An output folder (or its run.properties), or a recording TIFF",
		persist = false)
	private File saved;

	@Parameter(label = "Threads", description = "Worker threads (0 = all cores); results do not depend on it",
		min = "0", max = "1024", persist = false)
	private int threads = 0;
	// END DECLARED INPUTS

	@Parameter
	private CommandService commands;

	@Parameter(type = ItemIO.OUTPUT, label = "Identical")
	private boolean identical;

	@Override
	protected void execute() {
		if (saved == null || !saved.exists()) {
			throw new InvalidParameterException("saved", saved, "an existing output folder, run.properties or recording TIFF");
		}
		Path path = saved.toPath();
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		Path scratch = scratch();
		try {
			if (name.endsWith(".tif") || name.endsWith(".tiff")) recordingTiff(path, scratch);
			else runFolder(Files.isDirectory(path) ? path.resolve(RunRecord.FILE) : path, scratch);
		}
		finally {
			delete(scratch);
		}
		info(identical ? "identical: the result reproduces byte for byte" : "different: the result does not reproduce");
	}

	@Override
	public int exitStatus() {
		return identical ? 0 : 1;
	}

	private void recordingTiff(Path tiff, Path scratch) {
		ImagePlus imp = IJ.openImage(tiff.toString());
		if (imp == null) throw new InvalidParameterException("saved", tiff, "a TIFF that ImageJ can open");
		String info = imp.getInfoProperty();
		if (info == null || !info.startsWith(RecordingMetadata.HEADER)) {
			throw new InvalidParameterException("saved", tiff + " has no Dopamine TD metadata: give a recording TIFF"
				+ " saved by Simulate or Degrade Population, or an output folder");
		}
		note(RecordingMetadata.entries(info).get("tool_version"));
		var again = Regeneration.recording(info, 1, threads(), progress());
		Path copy = scratch.resolve("recording.tif");
		try {
			RecordingImages.saveTiff(RecordingImages.toImage(again, imp.getTitle()), copy);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		identical = compare(tiff, copy, tiff.getFileName().toString());
	}

	private void runFolder(Path file, Path scratch) {
		if (!Files.isRegularFile(file)) {
			throw new InvalidParameterException("saved", saved, "a folder holding " + RunRecord.FILE + " (written by every"
				+ " Dopamine TD command), or a recording TIFF");
		}
		RunRecord record = RunRecord.read(file, "saved");
		note(record.toolVersion());
		CommandInfo info = command(record.command());
		Map<String, Object> inputs = new LinkedHashMap<>();
		Map<String, Key<?>> keys = new LinkedHashMap<>();
		for (Key<?> k : CommandIndex.instance(info).keys()) keys.put(k.name(), k);
		record.parameters().forEach((key, value) -> inputs.put(key, typed(info, keys.get(key), key, value)));
		String metadata = record.recordingMetadata(RecordingMetadata.HEADER);
		if (metadata != null && keys.containsKey(SimulationKeys.RECORDING.name())) { // extract reads a movie instead
			var input = Regeneration.recording(metadata, 1, threads(), progress());
			inputs.put("recording", RecordingImages.toImage(input, "recording"));
		}
		if (keys.containsKey(RunKeys.THREADS.name())) inputs.put(RunKeys.THREADS.name(), values().get(RunKeys.THREADS));
		// every input given, so that no input harvester (Fiji's dialog) asks for the execution-only ones
		for (Key<?> flag : List.of(RunKeys.OVERWRITE, RunKeys.RESUME)) {
			if (keys.containsKey(flag.name())) inputs.put(flag.name(), false);
		}
		Path again = scratch.resolve("output");
		inputs.put("output", again.toFile());
		CommandModule module = run(info, inputs);
		if (module.isCanceled()) {
			throw new InvalidParameterException("saved", "re-running " + file + " failed: " + module.getCancelReason());
		}
		identical = true;
		for (String output : Stream.concat(record.outputs().stream(), Stream.of(RunRecord.FILE)).toList()) {
			identical &= compare(file.resolveSibling(output), again.resolve(output), output);
		}
	}

	private CommandModule run(CommandInfo info, Map<String, Object> inputs) {
		try {
			return commands.run(info, true, inputs).get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.util.concurrent.CancellationException("interrupted");
		}
		catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
		}
	}

	/** The Dopamine TD command a run record names. */
	private CommandInfo command(String className) {
		CommandInfo info = commands.getCommand(className);
		boolean ours = info != null && className.startsWith(DopamineCommand.class.getPackageName() + ".")
			&& !className.equals(getClass().getName());
		if (!ours) throw new InvalidParameterException("saved", "names the command '" + className + "', which is not a"
			+ " Dopamine TD command this version has");
		return info;
	}

	/** A saved parameter value as its command's input type, read by its declared key. */
	private static Object typed(CommandInfo info, Key<?> key, String name, String value) {
		if (key == null) throw new InvalidParameterException("saved", "has the parameter '" + name + "', which "
			+ info.getTitle() + " does not have in this version");
		return key.parse(value);
	}

	/** Compares two files' bytes; logs the outcome. */
	private boolean compare(Path original, Path again, String name) {
		try {
			if (!Files.isRegularFile(original)) {
				info("missing    " + name + " (not in the saved result)");
				return false;
			}
			if (!Files.isRegularFile(again)) {
				info("different  " + name + " (the re-run did not write it)");
				return false;
			}
			long at = Files.mismatch(original, again);
			info(at < 0 ? "identical  " + name : "different  " + name + " (first difference at byte " + at + ")");
			return at < 0;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private void note(String savedVersion) {
		if (!Version.get().equals(savedVersion)) {
			info("note: saved by Dopamine TD " + savedVersion + ", re-run with " + Version.get());
		}
	}

	private static Path scratch() {
		try {
			return Files.createTempDirectory("dopamine-td-reproduce-");
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not create a temporary folder to re-run in", e);
		}
	}

	private static void delete(Path folder) {
		try {
			SafeFiles.deleteTree(folder);
		}
		catch (UncheckedIOException ignored) {
			// best effort: a leftover temporary copy does not touch the saved result
		}
	}
}
