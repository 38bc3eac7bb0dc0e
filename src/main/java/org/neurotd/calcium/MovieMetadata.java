package org.neurotd.calcium;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.recording.RecordingMetadata;

/**
 * What a calcium movie made by Simulate Calcium Imaging says about itself in its Info: the
 * {@code imaging.<key> = value} lines, then the source recording's metadata verbatim.
 *
 * @param frameMs the frame interval
 * @param offset the camera's dark level in grey values
 * @param tauMs the indicator kernel's decay time constant
 * @param dffPerSpike one spike's peak dF/F
 * @param trials how many of the recording's trials the movie shows (its first ones)
 * @param trialMs each trial's length; trial k starts at k x trialMs in movie time
 * @param population the imaged population's name
 * @param seed the movie's seed
 * @param recording the source recording's metadata text (from its header on)
 */
public record MovieMetadata(double frameMs, double offset, double tauMs, double dffPerSpike, int trials, double trialMs,
	String population, long seed, String recording)
{
	/** The first line of a movie's Info. */
	public static final String HEADER = "Dopamine TD calcium movie";
	private static final String PREFIX = "imaging.";

	/**
	 * The metadata in {@code info}, or none when it does not start with {@link #HEADER}.
	 *
	 * @throws InvalidParameterException naming {@code movie} when our metadata lacks a line
	 */
	public static Optional<MovieMetadata> of(String info) {
		if (info == null || !info.startsWith(HEADER)) return Optional.empty();
		int source = info.indexOf(RecordingMetadata.HEADER);
		Map<String, String> m = entries(source < 0 ? info : info.substring(0, source));
		return Optional.of(new MovieMetadata(number(m, "frame_ms"), number(m, "offset"), number(m, "decay_ms"),
			number(m, "dff_per_spike"), (int) number(m, "trials"), number(m, "trial_ms"), text(m, "population"),
			whole(m, "seed"), source < 0 ? null : info.substring(source)));
	}

	private static Map<String, String> entries(String text) {
		Map<String, String> m = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int eq = line.indexOf(" = ");
			if (line.startsWith(PREFIX) && eq > 0) m.put(line.substring(PREFIX.length(), eq).trim(), line.substring(eq + 3).trim());
		}
		return m;
	}

	private static String text(Map<String, String> m, String key) {
		String v = m.get(key);
		if (v == null) throw new InvalidParameterException("movie", "has corrupted metadata: no '" + PREFIX + key + "'");
		return v;
	}

	private static long whole(Map<String, String> m, String key) {
		try {
			return Long.parseLong(text(m, key));
		}
		catch (NumberFormatException e) {
			throw new InvalidParameterException("movie", "has corrupted metadata: '" + PREFIX + key + "' is not a whole number");
		}
	}

	private static double number(Map<String, String> m, String key) {
		try {
			return Double.parseDouble(text(m, key));
		}
		catch (NumberFormatException e) {
			throw new InvalidParameterException("movie", "has corrupted metadata: '" + PREFIX + key + "' is not a number");
		}
	}
}
