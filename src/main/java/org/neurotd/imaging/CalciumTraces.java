package org.neurotd.imaging;

import java.util.Arrays;
import java.util.List;

import org.neurotd.population.SpikeRaster;

/**
 * The noiseless dF/F of each imaged cell and of the neuropil, frame by frame: every spike's
 * kernel averaged over each frame's exposure (exactly, by carrying each exponential's sum from
 * frame to frame, so the cost is one step per frame plus one per spike). Cells saturate,
 * {@code dF/F = peak x c / (1 + c / saturation)} with c the bound calcium in spikes' worth; the
 * neuropil follows the whole population's mean calcium.
 */
public final class CalciumTraces {

	private final float[][] cells;
	private final float[] neuropil;

	private CalciumTraces(float[][] cells, float[] neuropil) {
		this.cells = cells;
		this.neuropil = neuropil;
	}

	/** The traces of {@code imaged} over {@code timing}'s frames, from {@code raster}'s spikes. */
	public static CalciumTraces of(SpikeRaster raster, List<ImagedCell> imaged, MovieTiming timing, CalciumKernel kernel,
		double saturation)
	{
		int frames = Math.toIntExact(timing.frames());
		float[][] cells = new float[imaged.size()][];
		for (int c = 0; c < cells.length; c++) {
			double[] calcium = calcium(neuronSpikes(raster, imaged.get(c).neuron(), timing), timing, kernel, frames);
			cells[c] = dff(calcium, kernel.dffPerSpike(), saturation);
		}
		double[] mean = calcium(allSpikes(raster, timing), timing, kernel, frames);
		float[] neuropil = new float[frames];
		for (int f = 0; f < frames; f++) neuropil[f] = (float) (kernel.dffPerSpike() * mean[f] / raster.neurons());
		return new CalciumTraces(cells, neuropil);
	}

	/** Cell {@code index}'s dF/F in frame {@code frame} (index into the cell list). */
	public float cell(int index, int frame) {
		return cells[index][frame];
	}

	/** The neuropil's dF/F in frame {@code frame}. */
	public float neuropil(int frame) {
		return neuropil[frame];
	}

	/** Frames. */
	public int frames() {
		return neuropil.length;
	}

	/** Bytes the traces hold. */
	public long bytes() {
		return 4L * neuropil.length * (cells.length + 1);
	}

	private static float[] dff(double[] calcium, double peak, double saturation) {
		float[] out = new float[calcium.length];
		for (int f = 0; f < out.length; f++) out[f] = (float) (peak * calcium[f] / (1 + calcium[f] / saturation));
		return out;
	}

	/** Movie times (ms, ascending) of one neuron's spikes in the imaged trials. */
	static double[] neuronSpikes(SpikeRaster raster, int neuron, MovieTiming timing) {
		int n = 0;
		for (int k = 0; k < timing.trials(); k++) n += raster.count(k, neuron);
		double[] t = new double[n];
		int i = 0;
		for (int k = 0; k < timing.trials(); k++) {
			for (int s = raster.from(k, neuron), end = raster.to(k, neuron); s < end; s++) {
				t[i++] = timing.movieMs(k, raster.time(s));
			}
		}
		return t;
	}

	/** Movie times (ms, ascending) of all the population's spikes in the imaged trials. */
	private static double[] allSpikes(SpikeRaster raster, MovieTiming timing) {
		int n = raster.trialTo(timing.trials() - 1) - raster.trialFrom(0);
		double[] t = new double[n];
		int i = 0;
		for (int k = 0; k < timing.trials(); k++) {
			int from = i;
			for (int s = raster.trialFrom(k), end = raster.trialTo(k); s < end; s++) t[i++] = timing.movieMs(k, raster.time(s));
			Arrays.sort(t, from, i);
		}
		return t;
	}

	/**
	 * The kernel (peak 1) summed over {@code spikes} and averaged over each frame. Each exponential
	 * {@code exp(-t / tau)} has a running sum S over earlier spikes at the frame's start; over a
	 * frame of length T it averages {@code S tau (1 - exp(-T / tau)) / T}, a spike at offset u
	 * inside the frame adds {@code tau (1 - exp(-(T - u) / tau)) / T}.
	 */
	static double[] calcium(double[] spikes, MovieTiming timing, CalciumKernel kernel, int frames) {
		double[] decay = new Exponential(kernel.decayMs(), timing.frameMs()).run(spikes, frames);
		double[] rise = new Exponential(kernel.riseMs(), timing.frameMs()).run(spikes, frames);
		double peak = kernel.peak();
		for (int f = 0; f < frames; f++) decay[f] = (decay[f] - rise[f]) / peak;
		return decay;
	}

	/** One exponential's frame averages. */
	private record Exponential(double tau, double frameMs) {

		double[] run(double[] spikes, int frames) {
			double carry = StrictMath.exp(-frameMs / tau);
			double carriedMean = tau * (1 - carry) / frameMs;
			double[] mean = new double[frames];
			double sum = 0;
			int s = 0;
			for (int f = 0; f < frames; f++) {
				double start = f * frameMs, end = start + frameMs;
				double m = sum * carriedMean, added = 0;
				for (; s < spikes.length && spikes[s] < end; s++) {
					double left = end - spikes[s];
					double tail = StrictMath.exp(-left / tau);
					m += tau * (1 - tail) / frameMs;
					added += tail;
				}
				mean[f] = m;
				sum = sum * carry + added;
			}
			return mean;
		}
	}
}
