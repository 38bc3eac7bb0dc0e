package org.neurotd.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
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
	private boolean created;

	private OutputFolder(Path folder) {
		this.folder = folder;
	}

	/**
	 * Checks, without writing anything, that {@code folder} is or can become a writable folder,
	 * and that none of the files a run will write there exists unless {@code overwrite}.
	 * The folder itself is created only when the first file is staged.
	 *
	 * @param outputs the names of the files the run writes
	 * @throws InvalidParameterException naming {@code output} when it is a file, not writable, or
	 *           holds one of the outputs already (and {@code overwrite} is false)
	 */
	public static OutputFolder prepare(Path output, boolean overwrite, List<String> outputs) {
		Path folder = output.toAbsolutePath().normalize();
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new InvalidParameterException("output", folder, "a folder (this path is a file)");
		}
		Path existing = folder;
		while (existing != null && !Files.exists(existing)) existing = existing.getParent();
		if (existing == null || !Files.isDirectory(existing)) {
			throw new InvalidParameterException("output", folder, "a folder that can be created (" + existing
				+ " is a file)");
		}
		if (!Files.isWritable(existing)) {
			throw new InvalidParameterException("output", folder, existing.equals(folder) ? "a writable folder"
				: "a folder that can be created (" + existing + " is not writable)");
		}
		List<String> present = outputs.stream().filter(name -> Files.exists(folder.resolve(name))).toList();
		if (!present.isEmpty() && !overwrite) {
			throw new InvalidParameterException("output", folder + " already holds " + String.join(", ", present)
				+ "; add overwrite=true to replace them, or choose another folder");
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
			if (!Files.isDirectory(folder)) {
				Files.createDirectories(folder);
				created = true;
			}
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
				SafeFiles.moveIntoPlace(e.getKey(), e.getValue());
			}
			staged.clear();
			created = false;
		}
		catch (IOException e) {
			discard();
			throw new UncheckedIOException("could not move outputs into " + folder, e);
		}
	}

	/** The names of the files staged and not yet moved into place. */
	public List<String> staged() {
		return staged.values().stream().map(p -> p.getFileName().toString()).toList();
	}

	/**
	 * Deletes every staged temporary file, and the folder if this run created it and left it
	 * empty. Does nothing after {@link #commit()}.
	 */
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
		if (created) {
			try (var entries = Files.list(folder)) {
				if (entries.findAny().isEmpty()) Files.deleteIfExists(folder);
			}
			catch (IOException ignored) {
				// best effort: an empty folder holds no wrong result
			}
			created = false;
		}
	}
}
