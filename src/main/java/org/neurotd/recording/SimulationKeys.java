package org.neurotd.recording;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.population.FiringKeys;
import org.neurotd.population.NeuronKeys;
import org.neurotd.task.TaskKeys;
import org.neurotd.td.LearnerKeys;
import org.neurotd.td.Representation;
import org.neurotd.td.TdKeys;

/**
 * The keys of a healthy simulation ({@link SimulationParameters}), declared once: its own sizes
 * and seed, with the task, TD and firing blocks inside.
 */
public final class SimulationKeys {

	private SimulationKeys() {}

	/** Population size. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 100, 1, SimulationParameters.MAX_NEURONS)
		.label("Neurons").describe("Number of dopamine neurons in the population");
	/** Recorded trials. */
	public static final Key<Integer> TRIALS = Key.integer("trials", 20, 1, 100_000).label("Recorded trials")
		.describe("Trials recorded after training (one image slice each)");
	/** Training trials. */
	public static final Key<Integer> TRAINING = Key.integer("training", 300, 0, 1_000_000).label("Training trials")
		.describe("Trials of TD learning before the recording starts (0 = naive)");
	/** Learning during the recording (not a command input: always on, as in a real session). */
	public static final Key<Boolean> LEARNING = Key.flag("learning", true).label("Learning while recorded")
		.describe("Whether recorded trials keep learning, as in a real session");
	/** Stimulus representation (declared with the TD block). */
	public static final Key<String> REPRESENTATION = TdKeys.REPRESENTATION;
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same recording, bit for bit");

	/**
	 * The keys a simulation command takes (the TD step, the TD constants and the neurons' rates
	 * keep their defaults).
	 */
	public static final List<Key<?>> INPUTS = List.of(NEURONS, TRIALS, TRAINING, TaskKeys.PROBABILITY,
		TaskKeys.MAGNITUDE, TaskKeys.CS_TIME, TaskKeys.REWARD_TIME, TaskKeys.DURATION, REPRESENTATION,
		FiringKeys.FIRING, FiringKeys.REGULARITY, FiringKeys.JITTER, SEED,
		LearnerKeys.LEARNER, LearnerKeys.RW_RATE);

	/** The simulation block: every key, in the order recording metadata lists them. */
	public static final Block<SimulationParameters> BLOCK = new Block<>("simulation", all(),
		v -> new SimulationParameters(v.get(NEURONS), v.get(TRIALS), v.get(TRAINING), v.get(LEARNING),
			TaskKeys.BLOCK.read(v), TdKeys.BLOCK.read(v), Representation.parse(v.get(REPRESENTATION)),
			LearnerKeys.BLOCK.read(v), NeuronKeys.BLOCK.read(v), v.get(SEED)),
		s -> Values.none().with(SEED, s.seed()).with(NEURONS, s.neurons()).with(TRIALS, s.trials())
			.with(TRAINING, s.training()).with(LEARNING, s.learning()).and(TaskKeys.BLOCK.write(s.task()))
			.with(REPRESENTATION, s.representation().key()).and(TdKeys.BLOCK.write(s.td()))
			.and(LearnerKeys.BLOCK.write(s.learner()))
			.and(NeuronKeys.BLOCK.write(s.neuron())));

	private static List<Key<?>> all() {
		List<Key<?>> keys = new ArrayList<>(List.of(SEED, NEURONS, TRIALS, TRAINING, LEARNING));
		keys.addAll(TaskKeys.BLOCK.keys());
		keys.add(REPRESENTATION);
		keys.addAll(TdKeys.BLOCK.keys());
		keys.addAll(LearnerKeys.BLOCK.keys());
		keys.addAll(NeuronKeys.BLOCK.keys());
		return keys;
	}

	/** A recording to read. */
	public static final Key<String> RECORDING = Key.path("recording", Key.Type.RECORDING).label("Recording")
		.describe("A recording made by Simulate or Degrade Population (an open image or a recording TIFF)");
}
