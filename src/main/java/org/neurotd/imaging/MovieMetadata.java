package org.neurotd.imaging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A movie's Info: every imaging parameter and the seed as {@code imaging.<key> = value}, what
 * follows from them (frame duration, kernel, offset, trial starts in frames), then the source
 * recording's own metadata as it was, so the trial events and the population can be read back
 * with {@link org.neurotd.recording.RecordingMetadata}.
 */
public final class MovieMetadata {

	/** First line of a movie's Info. */
	public static final String HEADER = "Dopamine TD calcium movie";
	/** Prefix of the movie's own keys. */
	public static final String PREFIX = "imaging.";

	private MovieMetadata() {}

	/** The Info of {@code movie} made from a recording whose metadata is {@code source}. */
	public static String write(CalciumMovie movie, String source) {
		ImagingParameters p = movie.parameters();
		Map<String, String> m = new LinkedHashMap<>(ImagingKeys.BLOCK.write(p).text(ImagingKeys.BLOCK.keys()));
		CalciumKernel k = p.indicator().kernel();
		MovieTiming t = movie.timing();
		m.put("frame_ms", Double.toString(p.frameMs()));
		m.put("frames", Integer.toString(movie.frames()));
		m.put("cells", Integer.toString(movie.cells().size()));
		m.put("offset", Integer.toString(CalciumMovie.OFFSET));
		m.put("dff_per_spike", Double.toString(k.dffPerSpike()));
		m.put("rise_ms", Double.toString(k.riseMs()));
		m.put("decay_ms", Double.toString(k.decayMs()));
		m.put("time_to_peak_ms", Double.toString(p.indicator().timeToPeakMs()));
		m.put("half_decay_ms", Double.toString(p.indicator().halfDecayMs()));
		m.put("trials", Integer.toString(t.trials()));
		m.put("trial_ms", Integer.toString(t.trialMs()));
		StringJoiner starts = new StringJoiner(",");
		for (int trial = 0; trial < t.trials(); trial++) starts.add(Long.toString(t.trialStartFrame(trial)));
		m.put("trial_start_frames", starts.toString());
		StringBuilder sb = new StringBuilder(HEADER).append('\n');
		m.forEach((key, v) -> sb.append(PREFIX).append(key).append(" = ").append(v).append('\n'));
		return sb.append(source.endsWith("\n") ? source : source + "\n").toString();
	}
}
