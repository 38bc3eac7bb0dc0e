package org.neurotd.selection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.neurotd.params.Block;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.parkinson.DegradationKeys;

/** The keys of the probabilistic selection task ({@link SelectionParameters}), declared once. */
public final class SelectionKeys {

	private SelectionKeys() {}

	private static final String ALL_GROUPS = Arrays.stream(SelectionGroup.values()).map(SelectionGroup::key)
		.collect(Collectors.joining(","));

	/** The groups simulated. */
	public static final Key<String> GROUPS = Key.text("groups", ALL_GROUPS).label("Groups")
		.describe("Groups to simulate, comma-separated: healthy, pd_off (Parkinson's off medication), pd_on (on L-DOPA)");
	/** Subjects per group. */
	public static final Key<Integer> SUBJECTS = Key.integer("subjects", 100, 1, 100_000).label("Subjects per group")
		.describe("Simulated subjects in each group, each with its own dopamine neurons");
	/** Dopamine neurons of a healthy subject. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 1000, 10, 100_000).label("Dopamine neurons")
		.describe("Dopamine neurons of a healthy subject, whose spikes after each feedback teach the striatum");
	/** Neuron loss in Parkinson's. */
	public static final Key<Double> LOSS = DegradationKeys.LOSS
		.describe("Fraction of dopamine neurons lost in Parkinson's, past the point where survivors make up for it");
	/** Tonic dopamine from L-DOPA. */
	public static final Key<Double> MEDICATION = Key.number("medication", 1, 0, 100).step(0.1).unit("tonic levels")
		.label("L-DOPA tonic dopamine")
		.describe("Dopamine L-DOPA adds that does not follow the spikes, in units of the healthy tonic level");
	/** Release per spike on L-DOPA. */
	public static final Key<Double> QUANTAL = Key.number("quantal", 2.5, 0.1, 100).step(0.1)
		.label("L-DOPA release per spike").describe("Dopamine released per spike on L-DOPA, relative to untreated");
	/** Go learning rate. */
	public static final Key<Double> GO_RATE = Key.number("go_rate", 0.3, 0, 1).step(0.05).label("Go learning rate")
		.describe("Learning rate of the Go (D1, direct pathway) weights");
	/** NoGo learning rate. */
	public static final Key<Double> NOGO_RATE = Key.number("nogo_rate", 0.25, 0, 1).step(0.05)
		.label("NoGo learning rate").describe("Learning rate of the NoGo (D2, indirect pathway) weights");
	/** Critic learning rate. */
	public static final Key<Double> CRITIC_RATE = Key.number("critic_rate", 0.9, 0, 1).step(0.05)
		.label("Critic learning rate").describe("Learning rate of the critic's value of each training pair");
	/** Softmax inverse temperature. */
	public static final Key<Double> BETA = Key.number("beta", 1, 0, 100).step(0.1).label("Choice beta")
		.describe("Softmax inverse temperature of the choices (0 = random)");
	/** Most training blocks. */
	public static final Key<Integer> BLOCKS = Key.integer("blocks", 6, 1, 100).label("Training blocks")
		.describe("Most training blocks of 60 trials (20 of each pair)");
	/** Training to criterion. */
	public static final Key<Boolean> CRITERION = Key.flag("criterion", true).label("Stop at criterion")
		.describe("Stop training after the first block with AB at least 65 %, CD 60 % and EF 50 % correct");
	/** Test presentations. */
	public static final Key<Integer> TEST_REPEATS = Key.integer("test_repeats", 4, 1, 1000).label("Test repeats")
		.describe("Presentations of each test pair (A or B with C, D, E, F), without feedback");
	/** Striatal readout. */
	public static final Key<String> READOUT = Key.choice("readout", "receptor", "receptor", "linear")
		.label("Striatal readout").describe("receptor: Go follows D1, NoGo D2 occupancy around the tonic level;"
			+ " linear: both pathways read bursts and dips alike");
	/** Actor. */
	public static final Key<String> LEARNER = Key.choice("learner", "go_nogo", "go_nogo", "single").label("Learner")
		.describe("go_nogo: separate Go and NoGo weights per stimulus (Collins & Frank 2014); single: one weight"
			+ " that both pathways move");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same subjects, bit for bit");

	/** The selection task block. */
	public static final Block<SelectionParameters> BLOCK = new Block<>("selection",
		List.of(GROUPS, SUBJECTS, NEURONS, LOSS, MEDICATION, QUANTAL, GO_RATE, NOGO_RATE, CRITIC_RATE, BETA, BLOCKS,
			CRITERION, TEST_REPEATS, READOUT, LEARNER, SEED),
		v -> new SelectionParameters(groups(v.get(GROUPS)), v.get(SUBJECTS), v.get(NEURONS), v.get(LOSS),
			v.get(MEDICATION), v.get(QUANTAL), v.get(GO_RATE), v.get(NOGO_RATE), v.get(CRITIC_RATE), v.get(BETA),
			v.get(BLOCKS), v.get(CRITERION), v.get(TEST_REPEATS), SelectionReadout.valueOf(READOUT.require(v.get(READOUT)).toUpperCase(Locale.ROOT)),
			SelectionLearner.valueOf(LEARNER.require(v.get(LEARNER)).toUpperCase(Locale.ROOT)), v.get(SEED)),
		p -> Values.none().with(GROUPS, p.groups().stream().map(SelectionGroup::key).collect(Collectors.joining(",")))
			.with(SUBJECTS, p.subjects()).with(NEURONS, p.neurons()).with(LOSS, p.loss()).with(MEDICATION, p.medication())
			.with(QUANTAL, p.quantal()).with(GO_RATE, p.goRate()).with(NOGO_RATE, p.nogoRate())
			.with(CRITIC_RATE, p.criticRate()).with(BETA, p.beta()).with(BLOCKS, p.blocks())
			.with(CRITERION, p.criterion()).with(TEST_REPEATS, p.testRepeats()).with(READOUT, p.readout().key())
			.with(LEARNER, p.learner().key()).with(SEED, p.seed()));

	/** The groups named in {@code text}: comma-separated keys, each at most once. */
	static List<SelectionGroup> groups(String text) {
		List<SelectionGroup> groups = new ArrayList<>();
		for (String part : (text == null ? "" : text).split(",", -1)) {
			String name = part.trim();
			SelectionGroup g = Arrays.stream(SelectionGroup.values()).filter(x -> x.key().equalsIgnoreCase(name))
				.findFirst().orElseThrow(() -> new InvalidParameterException("groups", text, GROUPS_ALLOWED));
			if (groups.contains(g)) throw new InvalidParameterException("groups", text, GROUPS_ALLOWED);
			groups.add(g);
		}
		return groups;
	}

	/** What {@link #GROUPS} accepts. */
	static final String GROUPS_ALLOWED = "one or more of healthy, pd_off, pd_on, comma-separated, each at most once";
}
