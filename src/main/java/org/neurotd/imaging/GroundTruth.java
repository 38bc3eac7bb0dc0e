package org.neurotd.imaging;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.neurotd.population.SpikeRaster;

/**
 * What the movie was made from, beside it: the cells (cells.csv), their spikes (spikes.csv) and
 * their noiseless traces (truth.csv). Written as streams, a row at a time, so a long movie's
 * tables need no more memory than its traces.
 */
public final class GroundTruth {

	/** The cells' file. */
	public static final String CELLS = "cells.csv";
	/** The spikes' file. */
	public static final String SPIKES = "spikes.csv";
	/** The noiseless traces' file. */
	public static final String TRUTH = "truth.csv";

	private GroundTruth() {}

	/** {@code roi,name,population,neuron,x_px,y_px,radius_px,f0_photons}. */
	public static void cells(CalciumMovie movie, OutputStream out) throws IOException {
		try (Writer w = writer(out)) {
			w.write("roi,name,population,neuron,x_px,y_px,radius_px,f0_photons\n");
			for (ImagedCell c : movie.cells()) {
				w.write(c.roi() + "," + c.name() + "," + movie.parameters().population() + "," + c.neuron() + "," + c.xPx()
					+ "," + c.yPx() + "," + c.radiusPx() + "," + c.restPhotons() + "\n");
			}
		}
	}

	/** {@code roi,trial,time_ms,movie_ms,frame}: every spike of every imaged cell within the movie. */
	public static void spikes(CalciumMovie movie, SpikeRaster raster, OutputStream out) throws IOException {
		MovieTiming timing = movie.timing();
		try (Writer w = writer(out)) {
			w.write("roi,trial,time_ms,movie_ms,frame\n");
			for (ImagedCell c : movie.cells()) {
				for (int k = 0; k < timing.trials(); k++) {
					for (int s = raster.from(k, c.neuron()), end = raster.to(k, c.neuron()); s < end; s++) {
						double movieMs = timing.movieMs(k, raster.time(s));
						long frame = timing.frame(movieMs);
						if (frame >= movie.frames()) continue;
						w.write(c.roi() + "," + k + "," + raster.time(s) + "," + (long) movieMs + "," + frame + "\n");
					}
				}
			}
		}
	}

	/** {@code frame,roi,spikes,dff}: each cell's spikes per frame and its noiseless dF/F. */
	public static void truth(CalciumMovie movie, SpikeRaster raster, OutputStream out) throws IOException {
		List<ImagedCell> cells = movie.cells();
		int[][] counts = new int[cells.size()][];
		for (int c = 0; c < counts.length; c++) counts[c] = spikesPerFrame(movie, raster, cells.get(c).neuron());
		try (Writer w = writer(out)) {
			w.write("frame,roi,spikes,dff\n");
			for (int f = 0; f < movie.frames(); f++) {
				for (int c = 0; c < counts.length; c++) {
					w.write(f + "," + cells.get(c).roi() + "," + counts[c][f] + "," + movie.traces().cell(c, f) + "\n");
				}
			}
		}
	}

	/** One neuron's spike count in each frame. */
	static int[] spikesPerFrame(CalciumMovie movie, SpikeRaster raster, int neuron) {
		int[] n = new int[movie.frames()];
		for (double t : CalciumTraces.neuronSpikes(raster, neuron, movie.timing())) {
			long f = movie.timing().frame(t);
			if (f < n.length) n[(int) f]++;
		}
		return n;
	}

	private static Writer writer(OutputStream out) {
		return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
	}
}
