package org.neurotd.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import org.neurotd.population.SpikeRaster;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;

/**
 * Spikes as one CSV row per spike, {@code population,trial,neuron,time_ms}, the long format
 * pandas ({@code read_csv}) and R ({@code read.csv}) read as it is. Populations come by name
 * (e.g. {@code dopamine}) in the recording's order. Trials count from 0 in recording order
 * (trial 0 is the image's first slice); neurons are indices into the healthy population, so a
 * degraded recording's survivors keep the numbers they had; times are the spikes' 1 ms bins from
 * the trial's start. Rows go trial by trial, neuron by neuron, in time order.
 */
public final class SpikeTable {

	/** The header row. */
	public static final String HEADER = "population,trial,neuron,time_ms";
	/** The file name the commands write. */
	public static final String FILE = "spikes.csv";

	/**
	 * One population's spikes.
	 *
	 * @param name the population's name
	 * @param raster its spikes
	 * @param neurons the number written for each row of {@code raster}
	 */
	public record Source(String name, SpikeRaster raster, int[] neurons) {

		/** A population whose rows are neurons 0, 1, 2, ... */
		public static Source of(String name, SpikeRaster raster) {
			return new Source(name, raster, IntStream.range(0, raster.neurons()).toArray());
		}
	}

	private SpikeTable() {}

	/** The populations of {@code recording}, numbered as in the healthy population. */
	public static List<Source> of(Recording recording) {
		return recording.populations().stream()
			.map((RecordedPopulation p) -> new Source(p.name(), p.raster(), p.neuronIndices())).toList();
	}

	/** Writes the CSV of the sources' spikes, one source after the other, to {@code out} (not closed). */
	public static void write(List<Source> sources, OutputStream out) throws IOException {
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 1 << 16);
		w.write(HEADER);
		w.write('\n');
		for (Source s : sources) write(s, w);
		w.flush();
	}

	private static void write(Source source, Writer w) throws IOException {
		SpikeRaster raster = source.raster();
		for (int k = 0; k < raster.trials(); k++) {
			String trial = source.name() + "," + k + ",";
			for (int i = 0; i < raster.neurons(); i++) {
				String row = trial + source.neurons()[i] + ",";
				for (int s = raster.from(k, i), end = raster.to(k, i); s < end; s++) {
					w.write(row);
					w.write(Integer.toString(raster.time(s)));
					w.write('\n');
				}
			}
		}
	}
}
