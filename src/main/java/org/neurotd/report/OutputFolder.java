package org.neurotd.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neurotd.params.InvalidParameterException;

/**
 * The folder a command writes into. Files are first written under temporary names and only
 * moved into place, each by an atomic rename, when the whole run has succeeded: a failed or
 * interrupted run leaves the old files or the new ones, never a torn or partial set.
 */
public final class OutputFolder {

	/** What writes one file's bytes. */
	@FunctionalInterface
	public interface Writer {
		/** Writes the content to {@code out}. */
		void write(OutputStream out) throws IOException;
	}

	/** Writes a file to a path; for formats (like TIFF) whose writer wants a path. */
	@FunctionalInterface
	public interface PathWriter {
		/** Writes the content to {@code file}. */
		void write(Path file) throws IOException;
	}

	private final Path folder;
	private final Map<Path, Path> staged = new LinkedHashMap<>();

	private OutputFolder(Path folder) {
		this.folder = folder;
	}

	/**
	 * Checks that {@code folder} is, or can be, a writable folder, and creates it.
	 *
	 * @throws InvalidParameterException naming {@code output} when it is a file or not writable
	 */
	public static OutputFolder prepare(Path folder) {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new InvalidParameterException("output", folder, "a folder (this path is a file)");
		}
		try {
			Files.createDirectories(folder);
		}
		catch (IOException e) {
			throw new InvalidParameterException("output", folder, "a folder that can be created (" + e.getMessage() + ")");
		}
		if (!Files.isWritable(folder)) {
			throw new InvalidParameterException("output", folder, "a writable folder");
		}
		return new OutputFolder(folder);
	}

	/** The folder. */
	public Path path() {
		return folder;
	}

	/** Stages a text file. */
	public void text(String name, String content) {
		bytes(name, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
	}

	/** Stages a file written by {@code writer}. */
	public void bytes(String name, Writer writer) {
		file(name, tmp -> {
			try (OutputStream out = Files.newOutputStream(tmp)) {
				writer.write(out);
			}
		});
	}

	/** Stages a file written to a temporary path by {@code writer}. */
	public void file(String name, PathWriter writer) {
		Path target = folder.resolve(name);
		Path tmp = folder.resolve("." + name + ".part");
		try {
			writer.write(tmp);
		}
		catch (IOException e) {
			discard();
			throw new UncheckedIOException("could not write " + target, e);
		}
		staged.put(tmp, target);
	}

	/** Moves every staged file into place. */
	public void commit() {
		try {
			for (Map.Entry<Path, Path> e : staged.entrySet()) {
				try {
					Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				}
				catch (AtomicMoveNotSupportedException x) {
					Files.move(e.getKey(), e.getValue(), StandardCopyOption.REPLACE_EXISTING);
				}
			}
			staged.clear();
		}
		catch (IOException e) {
			discard();
			throw new UncheckedIOException("could not move outputs into " + folder, e);
		}
	}

	/** Deletes every staged temporary file. */
	public void discard() {
		for (Path tmp : staged.keySet()) {
			try {
				Files.deleteIfExists(tmp);
			}
			catch (IOException ignored) {
				// best effort: a leftover hidden .part file does not replace any output
			}
		}
		staged.clear();
	}
}
