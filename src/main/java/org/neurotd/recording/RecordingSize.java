package org.neurotd.recording;

import java.util.Locale;

import org.neurotd.params.MemoryNeed;

/**
 * How much memory a recording takes, estimated from its parameters before it is simulated, and
 * the check that it fits. Spikes are stored as events (4 bytes each), and generation holds them
 * twice for a moment (per-block buffers, then the merged array), so a run needs 8 bytes per
 * expected spike plus the offsets, plus 1 byte per pixel for every image built from it.
 */
public final class RecordingSize {

	private RecordingSize() {}

	/**
	 * The expected number of spikes: tonic firing over the whole trial plus, at most, a full
	 * burst at the CS and at the reward (a mean-one lognormal spread keeps the mean).
	 */
	public static double expectedSpikes(SimulationParameters p) {
		double seconds = p.task().durationMs() / 1000.0;
		double burstSpikes = 2 * Math.max(1, p.task().magnitude()) * p.neuron().burstHz() * p.neuron().burstMs() / 1000.0;
		return (double) p.neurons() * p.trials() * (p.neuron().baselineHz() * seconds + burstSpikes);
	}

	/** Bytes of one image of the recording: 1 byte per ms, neuron and trial. */
	public static double imageBytes(SimulationParameters p) {
		return (double) p.neurons() * p.trials() * p.task().durationMs();
	}

	/**
	 * Fails, naming {@code neurons}, unless simulating {@code p} and building {@code images}
	 * full-size images of it (0 when none; fractions for degraded ones) fits in memory.
	 */
	public static void require(SimulationParameters p, double images) {
		double spikes = expectedSpikes(p);
		MemoryNeed.requireSpikes("neurons", p.neurons(), spikes);
		double image = images * imageBytes(p);
		double bytes = 8 * spikes + 8.0 * p.neurons() * p.trials() + image;
		String what = String.format(Locale.ROOT, "about %.3g spikes x 8 bytes while generating", spikes)
			+ (images > 0 ? " + " + MemoryNeed.size(image) + " of images" : "");
		MemoryNeed.require("neurons", p.neurons(), (long) Math.min(Long.MAX_VALUE, bytes), what);
	}
}
