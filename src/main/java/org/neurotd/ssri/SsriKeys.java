package org.neurotd.ssri;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of an SSRI cohort ({@link SsriParameters}), declared once. */
public final class SsriKeys {

	private SsriKeys() {}

	/** Cohort size. */
	public static final Key<Integer> SUBJECTS = Key.integer("subjects", 20, 1, 1000).label("Subjects")
		.describe("Number of subjects in the cohort");
	/** Neurons per population and subject. */
	public static final Key<Integer> NEURONS = Key.integer("neurons", 40, 1, 1000).label("Neurons per population")
		.describe("Dopamine and serotonin neurons recorded per subject (each)");
	/** Dose. */
	public static final Key<Double> DOSE = Key.number("dose", 0.8, 0, 1).step(0.05).label("Dose")
		.describe("Fraction of serotonin transporters the drug blocks");
	/** Spill level. */
	public static final Key<Double> SPILL_LEVEL = Key.number("spill_level", 2, 1, 10).label("Spill level")
		.describe("Extracellular serotonin (x its drug-free level) above which the dopamine transporter takes it up");
	/** Mean spill-over coefficient. */
	public static final Key<Double> SPILLOVER = Key.number("spillover", 1, 0, 10).label("Spill-over (mean)")
		.describe("Mean spill-over coefficient: how much of the serotonin the dopamine transporter takes up is"
			+ " released with dopamine");
	/** Spread of the spill-over coefficient. */
	public static final Key<Double> SPILLOVER_SPREAD = Key.number("spillover_spread", 0.5, 0, 2)
		.label("Spill-over spread").describe("Lognormal sigma of the spill-over coefficient across subjects (0 = all"
			+ " alike)");
	/** Dopamine transporter blocked. */
	public static final Key<Boolean> DAT_BLOCK = Key.flag("dat_block", false).label("Block the dopamine transporter")
		.describe("No serotonin enters dopamine terminals (Zhou et al. 2005)");
	/** Which effect the cohort shows. */
	public static final Key<String> EFFECT = Key.choice("effect", "reward_only", "reward_only", "both").label("Effect")
		.describe("reward_only: the seed's hypothesis, reward blunted, punishment spared; both: the human data's"
			+ " modest loss to reward and punishment alike (Langley et al. 2023)");
	/** Master seed. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Master seed: the same seed gives the same cohort, bit for bit");

	/** The cohort block. */
	public static final Block<SsriParameters> BLOCK = new Block<>("ssri",
		List.of(SUBJECTS, NEURONS, DOSE, SPILL_LEVEL, SPILLOVER, SPILLOVER_SPREAD, DAT_BLOCK, EFFECT, SEED),
		v -> new SsriParameters(v.get(SUBJECTS), v.get(NEURONS), v.get(DOSE), v.get(SPILL_LEVEL), v.get(SPILLOVER),
			v.get(SPILLOVER_SPREAD), v.get(DAT_BLOCK), SsriEffect.parse(v.get(EFFECT)), v.get(SEED)),
		p -> Values.none().with(SUBJECTS, p.subjects()).with(NEURONS, p.neurons()).with(DOSE, p.dose())
			.with(SPILL_LEVEL, p.spillLevel()).with(SPILLOVER, p.spillover()).with(SPILLOVER_SPREAD, p.spilloverSpread())
			.with(DAT_BLOCK, p.datBlock()).with(EFFECT, p.effect().key()).with(SEED, p.seed()));
}
