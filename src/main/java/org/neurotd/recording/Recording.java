package org.neurotd.recording;

import java.util.Optional;

import org.neurotd.population.SpikeRaster;

/**
 * A simulated recording: the spikes, which trials were rewarded, and every parameter and seed
 * needed to reproduce it bit for bit.
 *
 * @param simulation parameters of the healthy recording
 * @param rewarded per recorded trial, whether the reward came
 * @param lesion the Parkinson's degradation applied, if any
 * @param raster the spikes (rows are the survivors when degraded)
 */
public record Recording(SimulationParameters simulation, boolean[] rewarded, Optional<Lesion> lesion,
	SpikeRaster raster)
{
	/** Indices into the healthy population of the rows of {@link #raster()}. */
	public int[] neuronIndices() {
		return lesion.map(Lesion::survivors)
			.orElseGet(() -> java.util.stream.IntStream.range(0, raster.neurons()).toArray());
	}
}
