package org.neurotd.observation;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.NativeType;
import net.imglib2.type.numeric.RealType;

import org.neurotd.recording.RecordedPopulation;

/**
 * How a population is observed: the image an experimenter records of its activity, with
 * x = time (ms), y = neuron and z = trial. The spike raster ({@link RasterObservation}) is today's;
 * calcium imaging (fluorescence computed from the same spikes) is another implementation.
 * Images are rendered lazily from the spikes, so their size is not bounded by memory.
 *
 * @param <T> the pixel type
 */
public interface Observation<T extends NativeType<T> & RealType<T>> {

	/** What the image shows, for titles and labels (e.g. {@code spike counts}). */
	String name();

	/** The image of {@code population}: cells computed from its spikes when they are read. */
	RandomAccessibleInterval<T> image(RecordedPopulation population);
}
