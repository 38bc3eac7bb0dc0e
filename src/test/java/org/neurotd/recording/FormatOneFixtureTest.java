package org.neurotd.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.decode.ValueDecoding;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.report.Reports;
import org.neurotd.report.Table;

/**
 * Recordings saved in metadata format 1 (the sample data as first shipped, kept here as
 * fixtures) still open and decode to the numbers they decoded to when they were made. The
 * expected tables are the {@code decode} command's own decode.csv and metrics.csv for each file.
 * The columns read from the spikes alone change only with how the observer reads spikes, the
 * critic's only with the decoding model, and then together with these files (regenerated with
 * the decode command).
 */
class FormatOneFixtureTest {

	private static final String[] FROM_SPIKES = { "time_ms", "decoded_error", "decoded_rewarded", "decoded_omitted" };

	@ParameterizedTest
	@ValueSource(strings = { "healthy", "parkinson-75" })
	void spikesDecodeToTheNumbersOfFormatOne(String name) throws Exception {
		ValueDecoding d = decode(name);
		Table decoded = Reports.decoding(d);
		String[][] expected = cells(fixture(name + ".decode.csv"));
		for (String column : FROM_SPIKES) {
			assertArrayEquals(column(expected, column), column(cells(decoded.toCsv()), column), column);
		}
		String[][] metrics = cells(fixture(name + ".metrics.csv"));
		assertArrayEquals(column(metrics, "dprime"), column(cells(Reports.metrics(d.metrics()).toCsv()), "dprime"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "healthy", "parkinson-75" })
	void criticLearnsWhatItLearnedFromFormatOne(String name) throws Exception {
		ValueDecoding d = decode(name);
		assertEquals(fixture(name + ".decode.csv"), Reports.decoding(d).toCsv());
		assertEquals(fixture(name + ".metrics.csv"), Reports.metrics(d.metrics()).toCsv());
	}

	private static String[][] cells(String csv) {
		return csv.lines().map(line -> line.split(",", -1)).toArray(String[][]::new);
	}

	/** A column's cells as written, compared as text so that equal means bit for bit. */
	private static String[] column(String[][] cells, String name) {
		int c = java.util.Arrays.asList(cells[0]).indexOf(name);
		return java.util.Arrays.stream(cells, 1, cells.length).map(row -> row[c]).toArray(String[]::new);
	}

	private static ValueDecoding decode(String name) throws URISyntaxException {
		return ValueDecoding.of(RecordingImages.open(path(name + ".tif")), ReadoutParameters.defaults());
	}

	private static String fixture(String file) throws IOException, URISyntaxException {
		return Files.readString(path(file));
	}

	private static Path path(String file) throws URISyntaxException {
		return Path.of(FormatOneFixtureTest.class.getResource("format1/" + file).toURI());
	}
}
