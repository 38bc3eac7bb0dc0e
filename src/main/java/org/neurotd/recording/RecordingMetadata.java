package org.neurotd.recording;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neurotd.Version;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.population.Firing;
import org.neurotd.population.FiringParameters;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.SpikeRaster;
import org.neurotd.task.PavlovianTask;
import org.neurotd.task.TaskParameters;
import org.neurotd.task.TrialEvent;
import org.neurotd.task.TrialEvents;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;

/**
 * A recording's parameters and seed as {@code key = value} lines: what goes into an ImageJ
 * image's Info (and so into its TIFF), and what is read back to degrade, decode or reproduce it.
 * Keys are the commands' parameter names.
 */
public final class RecordingMetadata {

	/** First line of every recording's metadata. */
	public static final String HEADER = "Dopamine TD recording";
	/** The format this version writes and reads. */
	public static final int FORMAT = 1;

	private static final String HYPOTHESIS = "The striatal receptor readout, and so the flattening of value with"
		+ " loss, is a hypothesis (science notes, section 3).";

	private RecordingMetadata() {}

	/** The metadata text of {@code recording}. */
	public static String write(Recording recording) {
		Map<String, String> m = new LinkedHashMap<>();
		SimulationParameters s = recording.simulation();
		TaskParameters t = s.task();
		NeuronParameters n = s.neuron();
		m.put("format", Integer.toString(FORMAT));
		m.put("tool_version", Version.get());
		m.put("kind", recording.lesioned() ? "degraded" : "healthy");
		m.put("seed", Long.toString(s.seed()));
		m.put("neurons", Integer.toString(s.neurons()));
		m.put("trials", Integer.toString(s.trials()));
		m.put("training", Integer.toString(s.training()));
		m.put("learning", Boolean.toString(s.learning()));
		m.put("duration", Integer.toString(t.durationMs()));
		m.put("cs_time", Integer.toString(t.csTimeMs()));
		m.put("reward_time", Integer.toString(t.rewardTimeMs()));
		m.put("step", Integer.toString(t.stepMs()));
		m.put("probability", Double.toString(t.probability()));
		m.put("magnitude", Double.toString(t.magnitude()));
		m.put("representation", s.representation().key());
		m.put("gamma", Double.toString(s.td().gamma()));
		m.put("lambda", Double.toString(s.td().lambda()));
		m.put("alpha", Double.toString(s.td().alpha()));
		m.put("baseline", Double.toString(n.baselineHz()));
		m.put("burst", Double.toString(n.burstHz()));
		m.put("spread", Double.toString(n.spread()));
		m.put("pause_depth", Double.toString(n.pauseDepth()));
		m.put("latency", Integer.toString(n.latencyMs()));
		m.put("burst_ms", Integer.toString(n.burstMs()));
		m.put("refractory", Double.toString(n.refractoryMs()));
		m.put("firing", n.firing().firing().key());
		m.put("regularity", Double.toString(n.firing().regularity()));
		m.put("jitter", Double.toString(n.firing().jitterMs()));
		m.put("rewarded", flags(recording.events()));
		recording.dopamine().lesion().ifPresent(l -> {
			m.put("loss", Double.toString(l.loss()));
			m.put("denervation", Double.toString(l.denervation()));
			m.put("compensation", Boolean.toString(l.compensation()));
			m.put("cap", Double.toString(l.cap()));
			m.put("lesion_seed", Long.toString(l.seed()));
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
		int format = number(m, "format", Integer::parseInt);
		if (format > FORMAT) {
			throw new InvalidParameterException("recording", "was written by a newer Dopamine TD (format " + format
				+ ", tool " + m.get("tool_version") + "); this version reads format " + FORMAT);
		}
		try {
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
		TaskParameters task = new TaskParameters(number(m, "duration", Integer::parseInt),
			number(m, "cs_time", Integer::parseInt), number(m, "reward_time", Integer::parseInt),
			number(m, "step", Integer::parseInt), number(m, "probability", Double::parseDouble),
			number(m, "magnitude", Double::parseDouble));
		TdParameters td = new TdParameters(number(m, "gamma", Double::parseDouble),
			number(m, "lambda", Double::parseDouble), number(m, "alpha", Double::parseDouble));
		NeuronParameters neuron = new NeuronParameters(number(m, "baseline", Double::parseDouble),
			number(m, "burst", Double::parseDouble), number(m, "spread", Double::parseDouble),
			number(m, "pause_depth", Double::parseDouble), number(m, "latency", Integer::parseInt),
			number(m, "burst_ms", Integer::parseInt), number(m, "refractory", Double::parseDouble),
			firing(m));
		return new SimulationParameters(number(m, "neurons", Integer::parseInt), number(m, "trials", Integer::parseInt),
			number(m, "training", Integer::parseInt), bool(m, "learning"), task, td,
			Representation.parse(text(m, "representation")), neuron, number(m, "seed", Long::parseLong));
	}

	/** Recordings made before gamma firing have no firing keys: they fired as Poisson, without jitter. */
	private static FiringParameters firing(Map<String, String> m) {
		if (!m.containsKey("firing")) return FiringParameters.poisson();
		return new FiringParameters(Firing.parse(text(m, "firing")), number(m, "regularity", Double::parseDouble),
			number(m, "jitter", Double::parseDouble));
	}

	private static Lesion lesion(Map<String, String> m, int healthyNeurons) {
		int[] survivors = IndexRanges.parse(text(m, "survivors"), healthyNeurons);
		return new Lesion(number(m, "loss", Double::parseDouble), number(m, "denervation", Double::parseDouble),
			bool(m, "compensation"), number(m, "cap", Double::parseDouble), number(m, "lesion_seed", Long::parseLong),
			healthyNeurons, survivors);
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

	private static <T> T number(Map<String, String> m, String key, Function<String, T> parser) {
		String v = text(m, key);
		try {
			return parser.apply(v);
		}
		catch (NumberFormatException e) {
			throw new InvalidParameterException("recording", "has corrupted metadata: " + key + " = '" + v + "' is not a number");
		}
	}

	private static boolean bool(Map<String, String> m, String key) {
		String v = text(m, key);
		if (!v.equals("true") && !v.equals("false")) {
			throw new InvalidParameterException("recording", "has corrupted metadata: " + key + " = '" + v + "' is not true/false");
		}
		return Boolean.parseBoolean(v);
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
