package org.neurotd.recording;

import java.util.Locale;

import org.neurotd.params.MemoryBudget;

/**
 * How much memory a recording takes, estimated from its parameters before it is simulated, and
 * the check that it fits. Spikes are stored once, as events of 4 bytes in one array with about
 * 10 % slack, plus 8 bytes of offsets per neuron-trial, plus 1 byte per pixel for every image
 * built from it.
 */
public final class RecordingSize {

	/**
	 * Largest image plane in pixels (64 Mi, e.g. 22,000 neurons x 3 s): a trial with more neurons
	 * x ms than this is shown and saved as several planes (pages of neurons), so that showing or
	 * saving an image holds at most this many bytes of pixels at a time.
	 */
	public static final int PLANE_PIXELS = 1 << 26;

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

	/** Bytes an image of the recording holds at a time: one plane, 1 byte per ms and neuron. */
	public static double imageBytes(SimulationParameters p) {
		return Math.min((double) p.neurons() * p.task().durationMs(), PLANE_PIXELS);
	}

	/**
	 * Fails, naming {@code neurons}, unless simulating {@code p} and showing or saving
	 * {@code images} images of it (0 when none) fits in memory.
	 */
	public static void require(SimulationParameters p, double images) {
		double spikes = expectedSpikes(p);
		MemoryBudget.requireSpikes("neurons", p.neurons(), spikes);
		double image = images * imageBytes(p);
		double bytes = 4.4 * spikes + 8.0 * p.neurons() * p.trials() + image;
		String what = String.format(Locale.ROOT, "about %.3g spikes x 4.4 bytes", spikes)
			+ (images > 0 ? " + " + MemoryBudget.size(image) + " of images" : "");
		MemoryBudget.require("neurons", p.neurons(), (long) Math.min(Long.MAX_VALUE, bytes), what);
	}
}
