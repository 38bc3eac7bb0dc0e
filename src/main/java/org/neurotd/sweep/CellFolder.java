package org.neurotd.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.report.SafeFiles;

/**
 * Finished sweep cells as small files in a hidden folder inside the output folder, one per
 * (seed, loss): {@code seed-1_loss-0.5.cell}. Each is written under a temporary name and renamed
 * into place, so a killed sweep leaves only whole cells. The parameters the cells were made
 * with are kept beside them ({@code parameters.txt}); resuming with other parameters is refused.
 * Numbers are written in Java's shortest round-trip form, so resumed cells are bit-identical.
 */
public final class CellFolder implements CellStore {

	/** The folder's name inside the output folder. */
	public static final String NAME = ".sweep-cells";

	private static final String PARAMETERS = "parameters.txt";

	private final Path folder;

	private CellFolder(Path folder) {
		this.folder = folder;
	}

	/** Whether {@code output} holds cells of an unfinished sweep. */
	public static boolean exists(Path output) {
		return Files.isDirectory(output.resolve(NAME));
	}

	/** Number of finished cells in {@code output}. */
	public static int cells(Path output) {
		try (DirectoryStream<Path> s = Files.newDirectoryStream(output.resolve(NAME), "*.cell")) {
			int n = 0;
			for (Path ignored : s) n++;
			return n;
		}
		catch (IOException e) {
			return 0;
		}
	}

	/**
	 * Opens the cells in {@code output} to resume a sweep with {@code parameters}, or starts an
	 * empty cell folder.
	 *
	 * @throws InvalidParameterException naming {@code resume} when the cells there were made
	 *           with other parameters
	 */
	public static CellFolder resume(Path output, Map<String, String> parameters) {
		Path folder = output.resolve(NAME);
		Path file = folder.resolve(PARAMETERS);
		if (Files.isRegularFile(file)) {
			Map<String, String> saved = read(file);
			Set<String> keys = new TreeSet<>(parameters.keySet());
			keys.addAll(saved.keySet());
			for (String key : keys) {
				if (!Objects.equals(parameters.get(key), saved.get(key))) {
					throw new InvalidParameterException("resume", "the unfinished sweep in " + folder + " was made with "
						+ key + "=" + saved.get(key) + ", not " + key + "=" + parameters.get(key)
						+ "; resume it with its own parameters, or start again with overwrite=true");
				}
			}
			return new CellFolder(folder);
		}
		CellFolder cells = new CellFolder(folder);
		cells.write(file, format(parameters));
		return cells;
	}

	/** Deletes the cells of {@code output} (after the sweep's outputs are in place, or to start again). */
	public static void delete(Path output) {
		SafeFiles.deleteTree(output.resolve(NAME));
	}

	@Override
	public Optional<FlatteningMetrics> get(long seed, double loss) {
		Path file = folder.resolve(name(seed, loss));
		if (!Files.isRegularFile(file)) return Optional.empty();
		Map<String, String> m = read(file);
		try {
			double[] row = new double[FlatteningMetrics.COLUMNS.size()];
			for (int c = 0; c < row.length; c++) row[c] = Double.parseDouble(m.get(FlatteningMetrics.COLUMNS.get(c)));
			return Optional.of(FlatteningMetrics.of(row));
		}
		catch (NullPointerException | NumberFormatException e) {
			throw new InvalidParameterException("resume", "the sweep cell " + file + " is corrupted; delete it (it will"
				+ " be recomputed) or start again with overwrite=true");
		}
	}

	@Override
	public void put(long seed, double loss, FlatteningMetrics m) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("seed", Long.toString(seed));
		double[] row = m.values();
		for (int c = 0; c < row.length; c++) values.put(FlatteningMetrics.COLUMNS.get(c), Double.toString(row[c]));
		write(folder.resolve(name(seed, loss)), format(values));
	}

	private static String name(long seed, double loss) {
		return "seed-" + seed + "_loss-" + loss + ".cell";
	}

	private void write(Path file, String text) {
		Path tmp = folder.resolve("." + file.getFileName() + ".part");
		try {
			Files.createDirectories(folder);
			Files.writeString(tmp, text, StandardCharsets.UTF_8);
			SafeFiles.moveIntoPlace(tmp, file);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not write the sweep cell " + file, e);
		}
	}

	private static String format(Map<String, String> values) {
		StringBuilder sb = new StringBuilder();
		values.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
		return sb.toString();
	}

	private static Map<String, String> read(Path file) {
		Map<String, String> m = new LinkedHashMap<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				int eq = line.indexOf(" = ");
				if (eq > 0) m.put(line.substring(0, eq), line.substring(eq + 3));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not read " + file, e);
		}
		return m;
	}
}
