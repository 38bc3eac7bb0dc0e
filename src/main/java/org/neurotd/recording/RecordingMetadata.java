package org.neurotd.recording;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neurotd.Version;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.parkinson.DegradationKeys;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.population.FiringKeys;
import org.neurotd.population.FiringParameters;
import org.neurotd.population.SpikeRaster;
import org.neurotd.task.PavlovianTask;
import org.neurotd.task.TrialEvent;
import org.neurotd.task.TrialEvents;

/**
 * A recording's parameters and seed as {@code key = value} lines: what goes into an ImageJ
 * image's Info (and so into its TIFF), and what is read back to degrade, decode or reproduce it.
 * Keys and values are those of the blocks' declarations ({@link SimulationKeys},
 * {@link DegradationKeys}), the names the commands take.
 */
public final class RecordingMetadata {

	/** First line of every recording's metadata. */
	public static final String HEADER = "Dopamine TD recording";
	/** The format this version writes and reads. */
	public static final int FORMAT = 1;

	private static final String HYPOTHESIS = "The striatal receptor readout, and so the flattening of value with"
		+ " loss, is a hypothesis (science notes, section 3).";

	private static final Key<Integer> FORMAT_KEY = Key.integer("format", FORMAT, 1, Integer.MAX_VALUE);

	private RecordingMetadata() {}

	/** The metadata text of {@code recording}. */
	public static String write(Recording recording) {
		Map<String, String> m = new LinkedHashMap<>();
		SimulationParameters s = recording.simulation();
		m.put("format", Integer.toString(FORMAT));
		m.put("tool_version", Version.get());
		m.put("kind", recording.lesioned() ? "degraded" : "healthy");
		m.putAll(SimulationKeys.BLOCK.write(s).text(SimulationKeys.BLOCK.keys()));
		m.put("rewarded", flags(recording.events()));
		recording.dopamine().lesion().ifPresent(l -> {
			var lesion = new DegradationParameters(l.loss(), l.denervation(), l.compensation(), l.cap(), l.seed());
			m.putAll(DegradationKeys.METADATA.write(lesion).text(DegradationKeys.METADATA.keys()));
			m.put("survivors", IndexRanges.format(l.survivors()));
			m.put("hypothesis", HYPOTHESIS);
		});
		StringBuilder sb = new StringBuilder(HEADER).append('\n');
		m.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
		return sb.toString();
	}

	/**
	 * The recording described by {@code text} with the spikes of {@code raster}.
	 *
	 * @throws InvalidParameterException naming {@code recording} when the metadata is missing,
	 *           corrupted, from a newer format, or does not match the spikes
	 */
	public static Recording read(String text, SpikeRaster raster) {
		Description d = describe(text);
		SimulationParameters s = d.simulation();
		Optional<Lesion> lesion = d.lesion();
		int rows = lesion.map(l -> l.survivors().length).orElse(s.neurons());
		if (d.events().size() != s.trials() || raster.trials() != s.trials() || raster.neurons() != rows
			|| raster.durationMs() != s.task().durationMs())
		{
			throw new InvalidParameterException("recording", "image size " + raster.durationMs() + " x " + raster.neurons()
				+ " x " + raster.trials() + " does not match its metadata (" + s.task().durationMs() + " ms x " + rows
				+ " neurons x " + s.trials() + " trials)");
		}
		var dopamine = new RecordedPopulation(Recording.DOPAMINE, s.neuron(), lesion, raster);
		return new Recording(s, d.events(), java.util.List.of(dopamine));
	}

	/**
	 * What a recording's metadata says, without its spikes: enough to simulate it again.
	 *
	 * @param simulation the healthy recording's parameters and seed
	 * @param lesion the degradation applied, if any
	 * @param events per recorded trial, its cue and outcome
	 */
	public record Description(SimulationParameters simulation, Optional<Lesion> lesion, TrialEvents events) {}

	/**
	 * Reads the parameters in {@code text}.
	 *
	 * @throws InvalidParameterException naming {@code recording} when the metadata is missing,
	 *           corrupted or from a newer format
	 */
	public static Description describe(String text) {
		Map<String, String> m = entries(text);
		try {
			int format = FORMAT_KEY.parse(text(m, "format"));
			if (format > FORMAT) {
				throw new InvalidParameterException("recording", "was written by a newer Dopamine TD (format " + format
					+ ", tool " + m.get("tool_version") + "); this version reads format " + FORMAT);
			}
			SimulationParameters s = simulation(m);
			Optional<Lesion> lesion = "degraded".equals(text(m, "kind")) ? Optional.of(lesion(m, s.neurons()))
				: Optional.empty();
			return new Description(s, lesion, events(new PavlovianTask(s.task()), flags(text(m, "rewarded"))));
		}
		catch (InvalidParameterException e) {
			if (e.getMessage().startsWith("recording: ")) throw e;
			throw new InvalidParameterException("recording", "has corrupted metadata: " + e.getMessage());
		}
	}

	private static SimulationParameters simulation(Map<String, String> m) {
		return SimulationKeys.BLOCK.read(values(withFiring(m), SimulationKeys.BLOCK.keys()));
	}

	/** Recordings made before gamma firing have no firing keys: they fired as Poisson, without jitter. */
	private static Map<String, String> withFiring(Map<String, String> m) {
		if (m.containsKey(FiringKeys.FIRING.name())) return m;
		Map<String, String> all = new LinkedHashMap<>(m);
		all.putAll(FiringKeys.BLOCK.write(FiringParameters.poisson()).text(FiringKeys.BLOCK.keys()));
		return all;
	}

	private static Lesion lesion(Map<String, String> m, int healthyNeurons) {
		int[] survivors = IndexRanges.parse(text(m, "survivors"), healthyNeurons);
		DegradationParameters d = DegradationKeys.METADATA.read(values(m, DegradationKeys.METADATA.keys()));
		return new Lesion(d.loss(), d.denervation(), d.compensation(), d.cap(), d.seed(), healthyNeurons, survivors);
	}

	/** The values of {@code keys}, every one of which the metadata must hold. */
	private static Values values(Map<String, String> m, List<Key<?>> keys) {
		for (Key<?> k : keys) text(m, k.name());
		return Values.parse(keys, m);
	}

	/** Fails, naming {@code recording}, unless {@code text} starts as recording metadata does. */
	public static void requireHeader(String text) {
		if (text == null || !text.startsWith(HEADER)) {
			throw new InvalidParameterException("recording", "has no Dopamine TD metadata: open a TIFF saved by"
				+ " Simulate Population or Degrade Population (its Info starts with '" + HEADER + "')");
		}
	}

	/**
	 * The {@code key = value} lines of recording metadata, in order.
	 *
	 * @throws InvalidParameterException naming {@code recording} when the text is not our metadata
	 */
	public static Map<String, String> entries(String text) {
		requireHeader(text);
		Map<String, String> m = new LinkedHashMap<>();
		for (String line : text.split("\n")) {
			int eq = line.indexOf(" = ");
			if (eq > 0) m.put(line.substring(0, eq).trim(), line.substring(eq + 3).trim());
		}
		return m;
	}

	private static String text(Map<String, String> m, String key) {
		String v = m.get(key);
		if (v == null) throw new InvalidParameterException("recording", "has corrupted metadata: no '" + key + "'");
		return v;
	}

	private static String flags(TrialEvents events) {
		StringBuilder sb = new StringBuilder(events.size());
		for (TrialEvent e : events.trials()) sb.append(e.rewarded() ? '1' : '0');
		return sb.toString();
	}

	private static TrialEvents events(PavlovianTask task, boolean[] rewarded) {
		java.util.List<TrialEvent> events = new java.util.ArrayList<>(rewarded.length);
		for (boolean r : rewarded) events.add(task.event(r));
		return new TrialEvents(events);
	}

	private static boolean[] flags(String s) {
		boolean[] f = new boolean[s.length()];
		for (int i = 0; i < f.length; i++) {
			char c = s.charAt(i);
			if (c != '0' && c != '1') {
				throw new InvalidParameterException("recording", "has corrupted metadata: rewarded must be 0s and 1s");
			}
			f[i] = c == '1';
		}
		return f;
	}
}
