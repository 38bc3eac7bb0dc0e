package org.neurotd.parkinson;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of Parkinson's degradation ({@link DegradationParameters}), declared once. */
public final class DegradationKeys {

	private DegradationKeys() {}

	/** Cell loss. */
	public static final Key<Double> LOSS = Key.number("loss", 0.8, 0, 1).step(0.05).label("Cell loss")
		.describe("Fraction of dopamine neurons lost");
	/** Terminal loss. */
	public static final Key<Double> DENERVATION = Key.number("denervation", 0.3, 0, 0.99).step(0.05)
		.label("Terminal loss (denervation)").describe("Fraction of the survivors' striatal terminals also lost (0.3: striatal dopamine 80 % down at 71 % cell"
			+ " loss, as at motor onset)");
	/** Compensation. */
	public static final Key<Boolean> COMPENSATION = Key.flag("compensation", true).label("Compensation")
		.describe("Survivors raise release per spike to make up for the loss");
	/** Compensation cap. */
	public static final Key<Double> CAP = Key.number("cap", 4, 1, 100).label("Compensation cap")
		.describe("Largest compensation factor (4 = complete up to 75 % loss)");
	/** Which tier dies first. */
	public static final Key<String> LOSS_ORDER = Key.choice("loss_order", LossOrder.RANDOM.key(), LossOrder.RANDOM.key(),
		LossOrder.VENTRAL_FIRST.key()).label("Loss order")
		.describe("Which neurons die first: any at random, or the ventral tier before the dorsal one (Fearnley & Lees 1991)");
	/** Which neurons are lost. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Seed for which neurons are lost");
	/** The lesion's seed in recording metadata, apart from the simulation's. */
	public static final Key<Long> LESION_SEED = SEED.named("lesion_seed");

	/** The degradation block, as commands take it. */
	public static final Block<DegradationParameters> BLOCK = block(SEED);

	/** The degradation block as recording metadata holds it ({@link #LESION_SEED}). */
	public static final Block<DegradationParameters> METADATA = block(LESION_SEED);

	private static Block<DegradationParameters> block(Key<Long> seed) {
		return new Block<>("lesion", List.of(LOSS, DENERVATION, COMPENSATION, CAP, LOSS_ORDER, seed),
			v -> new DegradationParameters(v.get(LOSS), v.get(DENERVATION), v.get(COMPENSATION), v.get(CAP),
				LossOrder.parse(v.get(LOSS_ORDER)), v.get(seed)),
			d -> Values.none().with(LOSS, d.loss()).with(DENERVATION, d.denervation()).with(COMPENSATION, d.compensation())
				.with(CAP, d.cap()).with(LOSS_ORDER, d.lossOrder().key()).with(seed, d.seed()));
	}
}
