package org.neurotd.forage;

import java.util.List;
import java.util.stream.Collectors;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.sweep.KneeKeys;

/** The keys of the explore/exploit forager ({@link ForageParameters}), declared once. */
public final class ForageKeys {

	private ForageKeys() {}

	/** Whose neuromodulators. */
	public static final Key<String> SPECIES = Key.choice("species", "primate", "primate", "honeybee").label("Species")
		.describe("primate: the balance is dopamine : serotonin; honeybee: octopamine : tyramine (the same model)");
	/** The forager's own balance. */
	public static final Key<Double> BALANCE = Key.number("balance", 1, 0.01, 100).step(0.1).label("Balance")
		.describe("The forager's dopamine : serotonin (or octopamine : tyramine) ratio, 1 = typical; its session"
			+ " drives the recorded dopamine neurons");
	/** The balances swept. */
	public static final Key<String> BALANCES = Key.text("balances", "0.25,0.5,1,2,4,8,16").label("Balances swept")
		.describe("Comma-separated balances for the explorer-to-exploiter sweep (each " + BALANCE.allowed() + ")");
	/** Stimulant. */
	public static final Key<Double> STIMULANT = Key.number("stimulant", 1, 0, 10).step(0.1).label("Stimulant")
		.describe("Hypothesis: a stimulant raises dopamine (octopamine) by this fraction, balance x (1 + stimulant);"
			+ " the sweep is run off and on it (0 = off only)");
	/** Which way dopamine moves the inverse temperature. */
	public static final Key<String> DOPAMINE_ROLE = Key.choice("dopamine_role", "exploit", "exploit", "explore")
		.label("Dopamine role").describe("Hypothesis, a model input: exploit (the seed's view: more dopamine,"
			+ " higher beta) or explore (Beeler et al. 2010: hyperdopaminergic mice exploit less)");
	/** Inverse temperature at balance 1. */
	public static final Key<Double> BETA = Key.number("beta", 0.112, 0, 100).step(0.01).unit("1/point")
		.label("Inverse temperature at balance 1")
		.describe("Softmax inverse temperature of a forager of balance 1 (Daw et al. 2006 fitted 0.112)");
	/** How steeply beta follows the balance. */
	public static final Key<Double> BETA_EXPONENT = Key.number("beta_exponent", 1, 0, 5).step(0.1)
		.label("Beta exponent").describe("beta = beta(1) x balance^exponent (a model input, not a finding)");
	/** Directed exploration bonus at balance 1. */
	public static final Key<Double> BONUS = Key.number("bonus", 1, 0, 100).step(0.1).unit("points per point SD")
		.label("Uncertainty bonus at balance 1")
		.describe("Directed exploration: each arm's value gains this times its uncertainty (SD) at balance 1");
	/** How the bonus falls with the balance. */
	public static final Key<Double> BONUS_EXPONENT = Key.number("bonus_exponent", 1, 0, 5).step(0.1)
		.label("Bonus exponent").describe("bonus = bonus(1) / balance^exponent: dopamine lowers directed"
			+ " exploration (L-DOPA did, Chakroun et al. 2020; a model input)");
	/** Bandit trials. */
	public static final Key<Integer> TRIALS = Key.integer("trials", 300, 10, 100_000).label("Bandit trials")
		.describe("Trials of the restless four-armed bandit per forager (Daw et al. 2006 ran 300)");
	/** Foragers per balance. */
	public static final Key<Integer> SEEDS = Key.integer("seeds", 20, 1, 10_000).label("Seeds")
		.describe("Foragers per balance, each in its own world (all balances face the same worlds); errors are SEM over them");
	/** Environment richness values. */
	public static final Key<String> RICHNESS = Key.text("richness", "3,6,12,30").unit("patches per min of travel")
		.label("Richness").describe("Comma-separated environment richness for the patch task: patches reached per"
			+ " minute of travel (travel time = 60 / richness s), each from 0.1 to 600");
	/** Patch visits. */
	public static final Key<Integer> PATCHES = Key.integer("patches", 300, 10, 100_000).label("Patch visits")
		.describe("Patch visits scored per environment and seed, after 2500 s of foraging that teach the average rate");
	/** Depletion time constant. */
	public static final Key<Double> DEPLETION = Key.number("depletion", 8, 1, 1000).unit("s").label("Patch depletion")
		.describe("Time constant of a patch's intake rate, r(t) = r0 exp(-t / depletion)");
	/** A fresh patch's intake rate. */
	public static final Key<Double> PATCH_YIELD = Key.number("patch_yield", 50, 1, 10_000).unit("points/s")
		.label("Fresh patch intake").describe("Intake rate r0 of a fresh patch; harvests each second carry noise of SD "
			+ RestlessBandit.OBSERVATION_SD + " points");
	/** Dopamine neurons recorded. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 100, 1, 100_000).label("Dopamine neurons")
		.describe("Dopamine neurons recorded while the forager of the chosen balance plays the bandit");
	/** Recorded trials. */
	public static final Key<Integer> RECORDED = Key.integer("recorded", 60, 1, 100_000)
		.label("Recorded trials").describe("The first bandit trials recorded (at most the bandit trials)");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same worlds, choices and spikes, bit for bit");

	/** The forager block. */
	public static final Block<ForageParameters> BLOCK = new Block<>("forage",
		List.of(SPECIES, BALANCE, BALANCES, STIMULANT, DOPAMINE_ROLE, BETA, BETA_EXPONENT, BONUS, BONUS_EXPONENT, TRIALS,
			SEEDS, RICHNESS, PATCHES, DEPLETION, PATCH_YIELD, NEURONS, RECORDED, SEED),
		v -> new ForageParameters(Species.parse(v.get(SPECIES)), v.get(BALANCE), list(KneeKeys.numbers(BALANCES,
			v.get(BALANCES), BALANCE)), v.get(STIMULANT), DopamineRole.parse(v.get(DOPAMINE_ROLE)), v.get(BETA),
			v.get(BETA_EXPONENT), v.get(BONUS), v.get(BONUS_EXPONENT), v.get(TRIALS), v.get(SEEDS),
			list(KneeKeys.numbers(RICHNESS, v.get(RICHNESS), ForageParameters.ONE_RICHNESS)), v.get(PATCHES),
			v.get(DEPLETION), v.get(PATCH_YIELD), v.get(NEURONS), v.get(RECORDED), v.get(SEED)),
		p -> Values.none().with(SPECIES, p.species().key()).with(BALANCE, p.balance()).with(BALANCES, text(p.balances()))
			.with(STIMULANT, p.stimulant()).with(DOPAMINE_ROLE, p.role().key()).with(BETA, p.beta())
			.with(BETA_EXPONENT, p.betaExponent()).with(BONUS, p.bonus()).with(BONUS_EXPONENT, p.bonusExponent())
			.with(TRIALS, p.trials()).with(SEEDS, p.seeds()).with(RICHNESS, text(p.richness()))
			.with(PATCHES, p.patches()).with(DEPLETION, p.depletionS()).with(PATCH_YIELD, p.patchYield())
			.with(NEURONS, p.neurons()).with(RECORDED, p.recorded()).with(SEED, p.seed()));

	private static List<Double> list(double[] v) {
		return java.util.Arrays.stream(v).boxed().toList();
	}

	private static String text(List<Double> v) {
		return v.stream().map(Key::bound).collect(Collectors.joining(","));
	}
}
