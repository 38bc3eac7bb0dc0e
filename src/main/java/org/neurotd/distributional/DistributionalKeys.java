package org.neurotd.distributional;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.sweep.KneeKeys;
import org.neurotd.task.TaskKeys;

/** The keys of the distributional-code experiment ({@link DistributionalParameters}), declared once. */
public final class DistributionalKeys {

	private DistributionalKeys() {}

	/** Reward sizes. */
	public static final Key<String> REWARDS = Key.text("rewards", "0.1,0.3,0.6,1,1.4,1.7,1.9").label("Reward sizes")
		.describe("Comma-separated reward sizes, ascending (reward units, each " + TaskKeys.MAGNITUDE.allowed() + ")");
	/** Their probabilities. */
	public static final Key<String> PROBABILITIES = Key.text("probabilities", "0.25,0.15,0.05,0.05,0.05,0.15,0.3")
		.label("Probabilities").describe("Comma-separated probability of each reward size (normalised to sum to 1);"
			+ " the default is bimodal");
	/** Population size. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 40, 3, 2000).label("Neurons")
		.describe("Dopamine neurons in each population (distributional and classical)");
	/** Learning before the recording. */
	public static final Key<Integer> TRAINING = Key.integer("training", 2000, 0, 100_000).label("Training trials")
		.describe("Trials of learning before the recording starts");
	/** Recorded trials. */
	public static final Key<Integer> TRIALS = Key.integer("trials", 1000, 20, 20_000).label("Recorded trials")
		.describe("Recorded trials (learning goes on); reversal points are read from each half (odd and even trials)");
	/** Mean learning rate. */
	public static final Key<Double> ALPHA = Key.numberAbove("alpha", 0.02, 0, 0.5).label("Learning rate")
		.describe("Mean of each neuron's two learning rates: alpha+ = 2 alpha tau, alpha- = 2 alpha (1 - tau)");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same numbers, bit for bit");

	/** The experiment block. */
	public static final Block<DistributionalParameters> BLOCK = new Block<>("distributional",
		List.of(REWARDS, PROBABILITIES, NEURONS, TRAINING, TRIALS, ALPHA, SEED),
		v -> new DistributionalParameters(distribution(v.get(REWARDS), v.get(PROBABILITIES)), v.get(NEURONS),
			v.get(TRAINING), v.get(TRIALS), v.get(ALPHA), v.get(SEED)),
		p -> Values.none().with(REWARDS, text(p.rewards().sizes())).with(PROBABILITIES, text(p.rewards().probabilities()))
			.with(NEURONS, p.neurons()).with(TRAINING, p.training()).with(TRIALS, p.trials()).with(ALPHA, p.alpha())
			.with(SEED, p.seed()));

	/** The distribution two list values describe. */
	static RewardDistribution distribution(String rewards, String probabilities) {
		return new RewardDistribution(KneeKeys.numbers(REWARDS, rewards, TaskKeys.MAGNITUDE),
			KneeKeys.numbers(PROBABILITIES, probabilities, TaskKeys.PROBABILITY));
	}

	private static String text(double[] v) {
		return Arrays.stream(v).mapToObj(Double::toString).collect(Collectors.joining(","));
	}
}
