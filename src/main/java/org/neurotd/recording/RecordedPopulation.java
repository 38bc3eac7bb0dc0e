package org.neurotd.recording;

import java.util.Optional;
import java.util.stream.IntStream;

import org.neurotd.population.NeuronParameters;
import org.neurotd.population.SpikeRaster;

/**
 * One named population of a recording: its firing model, the lesion it suffered if any, and its
 * spikes.
 *
 * @param name the population's name, a single lowercase word (e.g. {@code dopamine})
 * @param neuron the population's firing model
 * @param lesion the degradation applied to it, if any
 * @param raster its spikes (rows are the survivors when lesioned)
 */
public record RecordedPopulation(String name, NeuronParameters neuron, Optional<Lesion> lesion, SpikeRaster raster) {

	/** Validates the name and that a lesion's survivors are the raster's rows. */
	public RecordedPopulation {
		if (!name.matches("[a-z][a-z0-9_]*")) {
			throw new IllegalArgumentException("population name '" + name + "' is not a lowercase word");
		}
		if (lesion.isPresent() && lesion.get().survivors().length != raster.neurons()) {
			throw new IllegalArgumentException(name + ": " + lesion.get().survivors().length + " survivors but "
				+ raster.neurons() + " rows of spikes");
		}
	}

	/** Neurons before any lesion. */
	public int healthyNeurons() {
		return lesion.map(Lesion::healthyNeurons).orElse(raster.neurons());
	}

	/** Indices into the healthy population of the rows of {@link #raster()}. */
	public int[] neuronIndices() {
		return lesion.map(Lesion::survivors).orElseGet(() -> IntStream.range(0, raster.neurons()).toArray());
	}

	/** Release per spike relative to a healthy neuron (1 without a lesion). */
	public double releaseScale() {
		return lesion.map(Lesion::releaseScale).orElse(1.0);
	}
}
