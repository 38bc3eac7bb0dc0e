package org.neurotd.population;

import java.util.Arrays;

/**
 * Spike times of a population over trials, stored as events (not as a neurons x bins grid):
 * for trial k and neuron i, the 1 ms bins in which the neuron spiked, in increasing order.
 * Memory is 4 bytes per spike plus 4 bytes per neuron and trial (plus whatever slack the
 * spike array has past the last spike).
 */
public final class SpikeRaster {

	private final int neurons;
	private final int trials;
	private final int durationMs;
	private final int[] offsets;
	private final int[] times;

	/**
	 * @param offsets start of each (trial, neuron) run in {@code times}, index
	 *          {@code trial * neurons + neuron}, with a final entry equal to the spike count
	 * @param times spike bins in ms; entries past the spike count are slack and ignored
	 */
	public SpikeRaster(int neurons, int trials, int durationMs, int[] offsets, int[] times) {
		if (offsets.length != (long) neurons * trials + 1) {
			throw new IllegalArgumentException("offsets must have neurons x trials + 1 entries");
		}
		this.neurons = neurons;
		this.trials = trials;
		this.durationMs = durationMs;
		this.offsets = offsets;
		this.times = times;
	}

	/** Number of neurons. */
	public int neurons() {
		return neurons;
	}

	/** Number of trials. */
	public int trials() {
		return trials;
	}

	/** Trial length in ms (= number of 1 ms bins). */
	public int durationMs() {
		return durationMs;
	}

	/** Total number of spikes. */
	public long spikeCount() {
		return offsets[offsets.length - 1];
	}

	/** First index in {@link #time(int)} of the spikes of {@code neuron} in {@code trial}. */
	public int from(int trial, int neuron) {
		return offsets[trial * neurons + neuron];
	}

	/** One past the last index of those spikes. */
	public int to(int trial, int neuron) {
		return offsets[trial * neurons + neuron + 1];
	}

	/** First index in {@link #time(int)} of the spikes of {@code trial} (all neurons). */
	public int trialFrom(int trial) {
		return offsets[trial * neurons];
	}

	/** One past the last index of the spikes of {@code trial}. */
	public int trialTo(int trial) {
		return offsets[(trial + 1) * neurons];
	}

	/** Spike time (ms bin) at index {@code index}. */
	public int time(int index) {
		return times[index];
	}

	/** Number of spikes of {@code neuron} in {@code trial}. */
	public int count(int trial, int neuron) {
		return to(trial, neuron) - from(trial, neuron);
	}

	/**
	 * The population's spikes of {@code trial} per 1 ms bin, written into {@code histogram}
	 * ({@link #durationMs()} long), which is cleared first: one pass over the trial's spikes.
	 */
	public void histogram(int trial, int[] histogram) {
		Arrays.fill(histogram, 0);
		for (int i = trialFrom(trial), end = trialTo(trial); i < end; i++) histogram[times[i]]++;
	}

	/** The population's spikes of {@code trial} in the bins [fromMs, toMs). */
	public int count(int trial, int fromMs, int toMs) {
		int n = 0;
		for (int i = trialFrom(trial), end = trialTo(trial); i < end; i++) {
			if (times[i] >= fromMs && times[i] < toMs) n++;
		}
		return n;
	}

	/** Bytes held per spike, including the per-(neuron, trial) offsets. */
	public double bytesPerSpike() {
		return (4.0 * times.length + 4.0 * offsets.length) / Math.max(1, spikeCount());
	}

	/** The rows of the given neurons (in that order), as a new raster. */
	public SpikeRaster select(int[] kept) {
		int[] off = new int[kept.length * trials + 1];
		int total = 0;
		for (int k = 0; k < trials; k++) {
			for (int j = 0; j < kept.length; j++) {
				off[k * kept.length + j] = total;
				total += count(k, kept[j]);
			}
		}
		off[off.length - 1] = total;
		int[] t = new int[total];
		int pos = 0;
		for (int k = 0; k < trials; k++) {
			for (int neuron : kept) {
				int n = count(k, neuron);
				System.arraycopy(times, from(k, neuron), t, pos, n);
				pos += n;
			}
		}
		return new SpikeRaster(kept.length, trials, durationMs, off, t);
	}

	@Override
	public boolean equals(Object o) {
		int n = (int) spikeCount();
		return o instanceof SpikeRaster r && r.neurons == neurons && r.trials == trials
			&& r.durationMs == durationMs && Arrays.equals(r.offsets, offsets)
			&& Arrays.equals(r.times, 0, n, times, 0, n);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(offsets) + Arrays.hashCode(Arrays.copyOf(times, (int) spikeCount()));
	}
}
