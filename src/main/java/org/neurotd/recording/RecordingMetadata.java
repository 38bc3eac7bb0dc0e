package org.neurotd.recording;

import java.util.ArrayList;
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
import org.neurotd.parkinson.LossOrder;
import org.neurotd.population.FiringKeys;
import org.neurotd.population.FiringParameters;
import org.neurotd.population.NeuronKeys;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.SpikeRaster;
import org.neurotd.task.PavlovianTask;
import org.neurotd.task.TrialEvent;
import org.neurotd.task.TrialEvents;
import org.neurotd.td.LearnerKeys;
import org.neurotd.td.LearnerParameters;

/**
 * A recording's parameters, seed and trial events as {@code key = value} lines: what goes into
 * an ImageJ image's Info (and so into its TIFF), and what is read back to degrade, decode or
 * reproduce it. Keys and values are those of the blocks' declarations ({@link SimulationKeys},
 * {@link NeuronKeys}, {@link DegradationKeys}), the names the commands take.
 * <p>
 * Format 2 lists the recording's {@code populations}; each population's own keys (its size,
 * firing model and lesion) are written under its name, e.g. {@code dopamine.baseline}, and the
 * per-trial event table follows ({@link EventLines}). Format 1, written before populations and
 * events, had one population's keys unprefixed and a {@code rewarded} string of 0s and 1s; it is
 * read as a dopamine recording of the Pavlovian task.
 */
public final class RecordingMetadata {

	/** First line of every recording's metadata. */
	public static final String HEADER = "Dopamine TD recording";
	/** The format this version writes (it reads this and every earlier one). */
	public static final int FORMAT = 2;

	private static final String HYPOTHESIS = "The striatal receptor readout, and so the flattening of value with"
		+ " loss, is a hypothesis (science notes, section 3).";

	/** The key naming the protocol, and the prefix of its parameters. */
	private static final String PROTOCOL = "protocol";

	private static final Key<Integer> FORMAT_KEY = Key.integer("format", FORMAT, 1, Integer.MAX_VALUE);

	/** The keys a population has of its own, written under its name: its size and firing model. */
	private static final List<Key<?>> POPULATION_KEYS = population();

	private static List<Key<?>> population() {
		List<Key<?>> keys = new ArrayList<>(List.of(SimulationKeys.NEURONS));
		keys.addAll(NeuronKeys.BLOCK.keys());
		return List.copyOf(keys);
	}

	private RecordingMetadata() {}

	/** The metadata text of {@code recording}. */
	public static String write(Recording recording) {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("format", Integer.toString(FORMAT));
		m.put("tool_version", Version.get());
		m.put("kind", recording.lesioned() ? "degraded" : "healthy");
		Map<String, String> shared = SimulationKeys.BLOCK.write(recording.simulation()).text(SimulationKeys.BLOCK.keys());
		for (Key<?> k : POPULATION_KEYS) shared.remove(k.name());
		m.putAll(shared);
		Protocol protocol = recording.protocol();
		if (!protocol.equals(Protocol.PAVLOVIAN)) {
			m.put(PROTOCOL, protocol.name());
			protocol.parameters().forEach((k, v) -> m.put(PROTOCOL + "." + k, v));
		}
		m.put("populations", String.join(",", recording.populations().stream().map(RecordedPopulation::name).toList()));
		for (RecordedPopulation p : recording.populations()) {
			Map<String, String> own = new LinkedHashMap<>();
			own.put(SimulationKeys.NEURONS.name(), Integer.toString(p.healthyNeurons()));
			own.putAll(NeuronKeys.BLOCK.write(p.neuron()).text(NeuronKeys.BLOCK.keys()));
			p.lesion().ifPresent(l -> {
				own.putAll(DegradationKeys.METADATA.write(l.parameters()).text(DegradationKeys.METADATA.keys()));
				own.put("survivors", IndexRanges.format(l.survivors()));
			});
			own.forEach((k, v) -> m.put(p.name() + "." + k, v));
		}
		if (recording.lesioned()) m.put("hypothesis", HYPOTHESIS);
		EventLines.write(recording.events(), m);
		StringBuilder sb = new StringBuilder(HEADER).append('\n');
		m.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
		return sb.toString();
	}

	/**
	 * The recording described by {@code text} with the spikes of each of its populations, in the
	 * order the metadata lists them.
	 *
	 * @throws InvalidParameterException naming {@code recording} when the metadata is missing,
	 *           corrupted, from a newer format, or does not match the spikes
	 */
	public static Recording read(String text, List<SpikeRaster> rasters) {
		Description d = describe(text);
		SimulationParameters s = d.simulation();
		List<RecordedPopulation> populations = new ArrayList<>();
		for (int i = 0; i < d.populations().size(); i++) {
			PopulationDescription p = d.populations().get(i);
			SpikeRaster raster = i < rasters.size() ? rasters.get(i) : null;
			if (raster == null || rasters.size() != d.populations().size() || raster.trials() != s.trials()
				|| raster.neurons() != p.rows() || raster.durationMs() != s.task().durationMs())
			{
				String size = raster == null ? rasters.size() + " populations"
					: raster.durationMs() + " x " + raster.neurons() + " x " + raster.trials();
				throw new InvalidParameterException("recording", "image size " + size + " does not match its metadata ("
					+ s.task().durationMs() + " ms x " + p.rows() + " " + p.name() + " neurons x " + s.trials() + " trials)");
			}
			populations.add(new RecordedPopulation(p.name(), p.neuron(), p.lesion(), raster));
		}
		return new Recording(s, d.events(), populations, d.protocol());
	}

	/**
	 * What a recording's metadata says, without its spikes: enough to simulate it again.
	 *
	 * @param simulation the healthy simulation's parameters and seed
	 * @param events per recorded trial, its cue, outcome and choice
	 * @param populations the recorded populations, in order
	 * @param protocol the experiment, when it is not the Pavlovian task
	 */
	public record Description(SimulationParameters simulation, TrialEvents events, List<PopulationDescription> populations,
		Protocol protocol)
	{

		/** The dopamine population's description. */
		public PopulationDescription dopamine() {
			return populations.stream().filter(p -> p.name().equals(Recording.DOPAMINE)).findFirst().orElseThrow();
		}
	}

	/**
	 * One population as the metadata describes it.
	 *
	 * @param name its name
	 * @param neuron its firing model
	 * @param neurons its size before any lesion
	 * @param lesion the lesion it suffered, if any
	 */
	public record PopulationDescription(String name, NeuronParameters neuron, int neurons, Optional<Lesion> lesion) {

		/** Rows of its spikes: the survivors when lesioned. */
		public int rows() {
			return lesion.map(l -> l.survivors().length).orElse(neurons);
		}
	}

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
			return format == 1 ? formatOne(m) : formatTwo(m);
		}
		catch (InvalidParameterException e) {
			if (e.getMessage().startsWith("recording: ")) throw e;
			throw new InvalidParameterException("recording", "has corrupted metadata: " + e.getMessage());
		}
	}

	/** Format 1: one dopamine population, its keys unprefixed, trials as rewarded flags of the Pavlovian task. */
	private static Description formatOne(Map<String, String> m) {
		SimulationParameters s = simulation(m);
		Optional<Lesion> lesion = "degraded".equals(text(m, "kind")) ? Optional.of(lesion(m, s.neurons()))
			: Optional.empty();
		boolean[] rewarded = flags(text(m, "rewarded"));
		if (rewarded.length != s.trials()) {
			throw new InvalidParameterException("rewarded", "has " + rewarded.length + " trials, not " + s.trials());
		}
		PavlovianTask task = new PavlovianTask(s.task());
		List<TrialEvent> events = new ArrayList<>(rewarded.length);
		for (boolean r : rewarded) events.add(task.event(r));
		return new Description(s, new TrialEvents(events),
			List.of(new PopulationDescription(Recording.DOPAMINE, s.neuron(), s.neurons(), lesion)), Protocol.PAVLOVIAN);
	}

	/** Format 2: the shared keys, each population's under its name, and the event table. */
	private static Description formatTwo(Map<String, String> m) {
		List<String> names = List.of(text(m, "populations").split(","));
		if (!names.contains(Recording.DOPAMINE)) {
			throw new InvalidParameterException("populations", "lists no " + Recording.DOPAMINE + " population");
		}
		Map<String, String> simulated = new LinkedHashMap<>(m);
		simulated.putAll(under(m, Recording.DOPAMINE));
		SimulationParameters s = simulation(simulated);
		List<PopulationDescription> populations = new ArrayList<>();
		for (String name : names) {
			Map<String, String> own = under(m, name);
			int neurons = SimulationKeys.NEURONS.parse(text(own, SimulationKeys.NEURONS.name()));
			Optional<Lesion> lesion = own.containsKey("survivors") ? Optional.of(lesion(own, neurons)) : Optional.empty();
			NeuronParameters neuron = NeuronKeys.BLOCK.read(values(withFiring(own), NeuronKeys.BLOCK.keys()));
			populations.add(new PopulationDescription(name, neuron, neurons, lesion));
		}
		return new Description(s, EventLines.read(m, s.trials()), populations, protocol(m));
	}

	/** The protocol named in {@code m}, with its parameters; the Pavlovian task when none is named. */
	private static Protocol protocol(Map<String, String> m) {
		String name = m.get(PROTOCOL);
		return name == null ? Protocol.PAVLOVIAN : new Protocol(name, prefixed(m, PROTOCOL));
	}

	/** The entries written under population {@code name}, without the prefix. */
	private static Map<String, String> under(Map<String, String> m, String name) {
		Map<String, String> own = prefixed(m, name);
		if (own.isEmpty()) throw new InvalidParameterException("populations", "lists " + name + " but no '" + name
			+ ".' keys follow");
		return own;
	}

	/** The entries whose key starts with {@code prefix} and a dot, without them. */
	private static Map<String, String> prefixed(Map<String, String> m, String prefix) {
		Map<String, String> own = new LinkedHashMap<>();
		String dotted = prefix + ".";
		m.forEach((k, v) -> {
			if (k.startsWith(dotted)) own.put(k.substring(dotted.length()), v);
		});
		return own;
	}

	private static SimulationParameters simulation(Map<String, String> m) {
		return SimulationKeys.BLOCK.read(values(withLearner(withFiring(m)), SimulationKeys.BLOCK.keys()));
	}

	/** Recordings made before gamma firing have no firing keys: they fired as Poisson, without jitter. */
	private static Map<String, String> withFiring(Map<String, String> m) {
		return madeBefore(FiringKeys.FIRING, m, FiringKeys.BLOCK.write(FiringParameters.poisson()).text(FiringKeys.BLOCK.keys()));
	}

	/** Recordings made before the learner could be chosen have no learner keys: TD made their error. */
	private static Map<String, String> withLearner(Map<String, String> m) {
		return madeBefore(LearnerKeys.LEARNER, m,
			LearnerKeys.BLOCK.write(LearnerParameters.defaults()).text(LearnerKeys.BLOCK.keys()));
	}

	private static Lesion lesion(Map<String, String> m, int healthyNeurons) {
		int[] survivors = IndexRanges.parse(text(m, "survivors"), healthyNeurons);
		DegradationParameters d = DegradationKeys.METADATA.read(values(withLossOrder(m), DegradationKeys.METADATA.keys()));
		return new Lesion(d.loss(), d.denervation(), d.compensation(), d.cap(), d.lossOrder(), d.seed(), healthyNeurons,
			survivors);
	}

	/** Recordings degraded before the loss order could be chosen lost their neurons at random. */
	private static Map<String, String> withLossOrder(Map<String, String> m) {
		return madeBefore(DegradationKeys.LOSS_ORDER, m, Map.of(DegradationKeys.LOSS_ORDER.name(), LossOrder.RANDOM.key()));
	}

	/**
	 * {@code m} as it is when it holds {@code key}; otherwise (metadata written before the key
	 * existed) {@code m} with the values such recordings were made with.
	 */
	private static Map<String, String> madeBefore(Key<?> key, Map<String, String> m, Map<String, String> then) {
		if (m.containsKey(key.name())) return m;
		Map<String, String> all = new LinkedHashMap<>(m);
		all.putAll(then);
		return all;
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
