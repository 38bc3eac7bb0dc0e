package org.neurotd.serotonin;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.population.FiringParameters;

/** The keys of an opponent session ({@link OpponentParameters}), declared once. */
public final class OpponentKeys {

	private OpponentKeys() {}

	/** Dopamine population size. */
	public static final Key<Integer> DOPAMINE = Key.integer("dopamine", 50, 1, 10_000).label("Dopamine neurons")
		.describe("Number of dopamine neurons recorded");
	/** Serotonin population size. */
	public static final Key<Integer> SEROTONIN = Key.integer("serotonin", 50, 1, 10_000).label("Serotonin neurons")
		.describe("Number of serotonin neurons recorded");
	/** Blocks. */
	public static final Key<Integer> BLOCKS = Key.integer("blocks", 4, 1, 100).label("Blocks")
		.describe("Blocks of trials, alternating reward, punishment, reward, ...");
	/** Trials per block. */
	public static final Key<Integer> BLOCK_LENGTH = Key.integer("block_length", 40, 3, 1000).label("Trials per block")
		.describe("Trials in each block (6 s apart: 40 trials = 4 minutes)");
	/** Training trials. */
	public static final Key<Integer> TRAINING = Key.integer("training", 300, 0, 100_000).label("Training trials")
		.describe("Trials of learning (the three cues in turn) before the recording");
	/** Reward probability. */
	public static final Key<Double> PROBABILITY = Key.number("probability", 0.75, 0, 1).step(0.05)
		.label("Reward probability").describe("Probability that the reward cue is followed by its reward");
	/** Block bias. */
	public static final Key<Double> BLOCK_BIAS = Key.number("block_bias", 0.6, 1.0 / 3, 1).step(0.05)
		.label("Block bias").describe("Share of a block's trials with its own cue (reward cue in reward blocks,"
			+ " punishment cue in punishment blocks); the rest split between the other two cues");
	/** Salience-coding dopamine share. */
	public static final Key<Double> SALIENCE_FRACTION = Key.number("salience_fraction", 0, 0, 1).step(0.05)
		.label("Salience fraction").describe("Share of dopamine neurons that burst to punishment as to reward"
			+ " (Matsumoto & Hikosaka 2009); the others code value and dip");
	/** Reward-cue-excited serotonin share. */
	public static final Key<Double> CUE_EXCITED_FRACTION = Key.number("cue_excited_fraction", 0.2, 0, 1).step(0.05)
		.label("Reward-cue-excited fraction").describe("Share of serotonin neurons excited by the reward cue (Cohen et"
			+ " al. 2015: the mirror image of dopamine is only partly supported, Dayan & Huys 2009)");
	/** Serotonin tonic rate. */
	public static final Key<Double> SEROTONIN_RATE = Key.number("serotonin_rate", 2.5, 0.1, 20).label("Serotonin rate")
		.unit("Hz").describe("Mean tonic rate of the serotonin neurons");
	/** Serotonin regularity. */
	public static final Key<Double> REGULARITY = Key.number("regularity", 8, 1, FiringParameters.MAX_REGULARITY)
		.label("Serotonin regularity").describe("Gamma shape of the serotonin neurons' interspike intervals"
			+ " (1 = Poisson; 8 = ISI CV 0.35)");
	/** Tonic shift. */
	public static final Key<Double> TONIC_SHIFT = Key.number("tonic_shift", 1.5, -5, 5).label("Tonic shift").unit("Hz")
		.describe("Serotonin tonic rate change per unit of the slow average outcome (punishments minus rewards per"
			+ " trial): positive = higher in punishment blocks");
	/** Tonic time constant. */
	public static final Key<Double> TONIC_TAU = Key.number("tonic_tau", 60, 1, 3600).label("Tonic time constant")
		.unit("s").describe("Time constant of the slow average outcome the serotonin tonic rate follows");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same recording, bit for bit");

	/** The opponent session block. */
	public static final Block<OpponentParameters> BLOCK = new Block<>("opponent",
		List.of(DOPAMINE, SEROTONIN, BLOCKS, BLOCK_LENGTH, TRAINING, PROBABILITY, BLOCK_BIAS, SALIENCE_FRACTION,
			CUE_EXCITED_FRACTION, SEROTONIN_RATE, REGULARITY, TONIC_SHIFT, TONIC_TAU, SEED),
		v -> new OpponentParameters(v.get(DOPAMINE), v.get(SEROTONIN), v.get(BLOCKS), v.get(BLOCK_LENGTH),
			v.get(TRAINING), v.get(PROBABILITY), v.get(BLOCK_BIAS), v.get(SALIENCE_FRACTION), v.get(CUE_EXCITED_FRACTION),
			v.get(SEROTONIN_RATE), v.get(REGULARITY), v.get(TONIC_SHIFT), v.get(TONIC_TAU), v.get(SEED)),
		p -> Values.none().with(DOPAMINE, p.dopamineNeurons()).with(SEROTONIN, p.serotoninNeurons())
			.with(BLOCKS, p.blocks()).with(BLOCK_LENGTH, p.blockTrials()).with(TRAINING, p.training())
			.with(PROBABILITY, p.rewardProbability()).with(BLOCK_BIAS, p.blockBias())
			.with(SALIENCE_FRACTION, p.salienceFraction()).with(CUE_EXCITED_FRACTION, p.cueExcitedFraction())
			.with(SEROTONIN_RATE, p.serotoninRateHz()).with(REGULARITY, p.regularity())
			.with(TONIC_SHIFT, p.tonicShiftHz()).with(TONIC_TAU, p.tonicTauS()).with(SEED, p.seed()));
}
