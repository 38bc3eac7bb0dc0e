package org.neurotd.need;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of a need-state session ({@link NeedParameters}), declared once. */
public final class NeedKeys {

	private NeedKeys() {}

	/** Need when replete. */
	public static final Key<Double> REPLETE_NEED = Key.number("replete_need", -0.5, -2, 2).label("Need when replete")
		.describe("The need for salt of a sodium-replete animal: utility = need x outcome, negative when concentrated"
			+ " salt is aversive (Cone et al. 2016)");
	/** Need when depleted. */
	public static final Key<Double> DEPLETED_NEED = Key.number("depleted_need", 1, -2, 2).label("Need when depleted")
		.describe("The need for salt after sodium depletion (positive: salt is wanted)");
	/** Cue readout. */
	public static final Key<String> READOUT = Key.choice("readout", CueReadout.TD.key(), CueReadout.TD.key(),
		CueReadout.INCENTIVE.key()).label("Cue readout").describe("td: model-free TD, the cue's cached value changes"
			+ " only with new pairings (Schultz, Dayan & Montague 1997); incentive: the cue's value is its predicted"
			+ " outcome times the current need (Zhang, Berridge et al. 2009; Robinson & Berridge 2013)");
	/** Polarity flip (hypothesis). */
	public static final Key<String> POLARITY = Key.choice("polarity", PolarityFlip.NONE.key(), PolarityFlip.NONE.key(),
		PolarityFlip.ACUTE.key(), PolarityFlip.CHRONIC.key()).label("Polarity flip (hypothesis)")
		.describe("Hypothesis, no paper found: none; acute: a stress phase in which dopamine encodes aversive instead"
			+ " of reward errors, then recovery; chronic: the flip held through the recovery phase");
	/** Training trials before the recording. */
	public static final Key<Integer> TRAINING = Key.integer("training", 100, 0, 10_000).label("Training trials")
		.describe("Replete trials before the recording, in which the salt cue is learned");
	/** Trials per phase. */
	public static final Key<Integer> TRIALS = Key.integer("trials", 40, 4, 1000).label("Trials per phase")
		.describe("Recorded trials in each phase; every fourth is an uncued salt delivery");
	/** Population size. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 200, 1, 10_000).label("Neurons")
		.describe("Dopamine neurons recorded");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same session, bit for bit");

	/** The need-state block. */
	public static final Block<NeedParameters> BLOCK = new Block<>("state",
		List.of(REPLETE_NEED, DEPLETED_NEED, READOUT, POLARITY, TRAINING, TRIALS, NEURONS, SEED),
		v -> new NeedParameters(v.get(REPLETE_NEED), v.get(DEPLETED_NEED), CueReadout.parse(v.get(READOUT)),
			PolarityFlip.parse(v.get(POLARITY)), v.get(TRAINING), v.get(TRIALS), v.get(NEURONS), v.get(SEED)),
		p -> Values.none().with(REPLETE_NEED, p.repleteNeed()).with(DEPLETED_NEED, p.depletedNeed())
			.with(READOUT, p.readout().key()).with(POLARITY, p.polarity().key()).with(TRAINING, p.training())
			.with(TRIALS, p.trials()).with(NEURONS, p.neurons()).with(SEED, p.seed()));
}
