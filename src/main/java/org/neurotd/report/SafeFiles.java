package org.neurotd.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** The two file operations every writer of results shares: moving a finished file into place, and deleting a tree. */
public final class SafeFiles {

	private SafeFiles() {}

	/**
	 * Moves {@code from} onto {@code to}, replacing it: atomically where the file system can, so a
	 * reader sees the old file or the new one, never a torn one.
	 */
	public static void moveIntoPlace(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Deletes {@code folder} and everything in it, if it exists. */
	public static void deleteTree(Path folder) {
		if (folder == null || !Files.exists(folder)) return;
		try (Stream<Path> all = Files.walk(folder)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not delete " + folder, e);
		}
	}
}
