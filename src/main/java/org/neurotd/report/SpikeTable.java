package org.neurotd.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.neurotd.population.SpikeRaster;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;

/**
 * A recording's spikes as one CSV row per spike, {@code population,trial,neuron,time_ms}, the
 * long format pandas ({@code read_csv}) and R ({@code read.csv}) read as it is. Populations
 * come by name (e.g. {@code dopamine}) in the recording's order. Trials count
 * from 0 in recording order (trial 0 is the image's first slice); neurons are indices into the
 * healthy population, so a degraded recording's survivors keep the numbers they had; times are
 * the spikes' 1 ms bins from the trial's start. Rows go trial by trial, neuron by neuron, in
 * time order.
 */
public final class SpikeTable {

	/** The header row. */
	public static final String HEADER = "population,trial,neuron,time_ms";

	private SpikeTable() {}

	/** Writes the CSV of {@code recording}'s spikes, population by population, to {@code out} (not closed). */
	public static void write(Recording recording, OutputStream out) throws IOException {
		Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.US_ASCII), 1 << 16);
		w.write(HEADER);
		w.write('\n');
		for (RecordedPopulation p : recording.populations()) write(p, w);
		w.flush();
	}

	private static void write(RecordedPopulation population, Writer w) throws IOException {
		SpikeRaster raster = population.raster();
		int[] neuron = population.neuronIndices();
		for (int k = 0; k < raster.trials(); k++) {
			String trial = population.name() + "," + k + ",";
			for (int i = 0; i < raster.neurons(); i++) {
				String row = trial + neuron[i] + ",";
				for (int s = raster.from(k, i), end = raster.to(k, i); s < end; s++) {
					w.write(row);
					w.write(Integer.toString(raster.time(s)));
					w.write('\n');
				}
			}
		}
	}
}
