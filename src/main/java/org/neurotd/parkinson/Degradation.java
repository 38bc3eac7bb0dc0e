package org.neurotd.parkinson;

import java.util.Arrays;
import java.util.Optional;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.random.Rng;
import org.neurotd.recording.Lesion;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;

/**
 * Removes a seeded random fraction of the neurons from a healthy recording. The survivors'
 * spikes are kept as recorded; the lost terminals and the survivors' compensation act on
 * release, which the striatal readout sees.
 */
public final class Degradation {

	private Degradation() {}

	/** The degraded recording: the surviving rows, and the lesion in the metadata. */
	public static Recording apply(Recording healthy, DegradationParameters p) {
		RecordedPopulation dopamine = healthy.dopamine();
		if (dopamine.lesion().isPresent()) {
			throw new InvalidParameterException("recording",
				"is already degraded (loss=" + dopamine.lesion().get().loss() + "); degrade the healthy recording instead");
		}
		int n = dopamine.raster().neurons();
		int[] survivors = survivors(n, p.loss(), p.lossOrder(), new Rng(p.seed()).fork(LOSS_STREAM));
		Lesion lesion = new Lesion(p.loss(), p.denervation(), p.compensation(), p.cap(), p.lossOrder(), p.seed(), n,
			survivors);
		return healthy.with(new RecordedPopulation(dopamine.name(), dopamine.neuron(), Optional.of(lesion),
			dopamine.raster().select(survivors)));
	}

	private static final long LOSS_STREAM = 11;

	/**
	 * The neurons left after removing {@code round(loss * n)} of them, in ascending order. The lost
	 * ones are chosen by a partial Fisher-Yates shuffle: of the whole population, or, ventral tier
	 * first, of the ventral tier until it is gone and then of the dorsal tier.
	 */
	static int[] survivors(int n, double loss, LossOrder lossOrder, Rng rng) {
		int lost = (int) Math.round(loss * n);
		int[] order = new int[n];
		for (int i = 0; i < n; i++) order[i] = i;
		if (lossOrder == LossOrder.RANDOM) shuffleFront(order, 0, n, lost, rng);
		else {
			int ventral = LossOrder.ventralNeurons(n);
			shuffleFront(order, 0, ventral, Math.min(lost, ventral), rng);
			shuffleFront(order, ventral, n, Math.max(0, lost - ventral), rng);
		}
		int[] kept = Arrays.copyOfRange(order, lost, n);
		Arrays.sort(kept);
		return kept;
	}

	/** Moves {@code count} random elements of {@code order[from, to)} to its front, in place. */
	private static void shuffleFront(int[] order, int from, int to, int count, Rng rng) {
		for (int i = from; i < from + count; i++) {
			int j = i + rng.nextInt(to - i);
			int tmp = order[i];
			order[i] = order[j];
			order[j] = tmp;
		}
	}
}
