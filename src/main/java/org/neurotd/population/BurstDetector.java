package org.neurotd.population;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds bursts in one neuron's spike train by Grace &amp; Bunney's criterion (1984): a burst starts
 * at an inter-spike interval of at most {@code startMs} and goes on until an interval of at
 * least {@code endMs}; it holds two spikes or more.
 *
 * @param startMs longest interval that starts a burst
 * @param endMs shortest interval that ends one
 */
public record BurstDetector(int startMs, int endMs) {

	/** Grace &amp; Bunney's thresholds: 80 ms to start, 160 ms to end. */
	public static final BurstDetector GRACE_BUNNEY = new BurstDetector(80, 160);

	/**
	 * One burst.
	 *
	 * @param startMs time of its first spike
	 * @param endMs time of its last spike
	 * @param spikes number of spikes in it
	 */
	public record Burst(int startMs, int endMs, int spikes) {}

	/** Checks that a burst's end criterion is not shorter than its start criterion. */
	public BurstDetector {
		if (startMs < 1 || endMs < startMs) {
			throw new IllegalArgumentException("burst intervals must satisfy 1 <= start <= end: " + startMs + ", " + endMs);
		}
	}

	/** The bursts of {@code neuron} (a row of {@code raster}) in {@code trial}, in time order. */
	public List<Burst> bursts(SpikeRaster raster, int trial, int neuron) {
		List<Burst> out = new ArrayList<>();
		int from = raster.from(trial, neuron), to = raster.to(trial, neuron);
		int i = from;
		while (i + 1 < to) {
			if (raster.time(i + 1) - raster.time(i) > startMs) {
				i++;
				continue;
			}
			int last = i + 1;
			while (last + 1 < to && raster.time(last + 1) - raster.time(last) < endMs) last++;
			out.add(new Burst(raster.time(i), raster.time(last), last - i + 1));
			i = last + 1;
		}
		return out;
	}
}
