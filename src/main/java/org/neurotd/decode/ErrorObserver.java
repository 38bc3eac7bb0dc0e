package org.neurotd.decode;

import org.neurotd.population.NeuronParameters;
import org.neurotd.population.SpikeRaster;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;
import org.neurotd.task.TaskParameters;

/**
 * Decodes the TD error from a recording's spikes: the population release per TD step (spikes
 * times release per spike, per healthy neuron), minus the tonic level before the CS, in units of
 * what a healthy population releases for a full error. Costs one pass over the spikes.
 */
public final class ErrorObserver {

	private ErrorObserver() {}

	/** The decoded error and the CS d' of {@code recording}. */
	public static ObservedErrors observe(Recording recording) {
		TaskParameters task = recording.simulation().task();
		RecordedPopulation dopamine = recording.dopamine();
		NeuronParameters neuron = dopamine.neuron();
		SpikeRaster raster = dopamine.raster();
		int steps = task.steps();
		long[] perMs = new long[raster.durationMs()];
		long[][] counts = stepCounts(raster, task.stepMs(), steps, perMs);
		double scale = dopamine.releaseScale() / dopamine.healthyNeurons() / (task.stepMs() / 1000.0);
		double tonic = tonicHz(counts, scale, task.csStep());
		int shift = neuron.latencyMs() / task.stepMs();
		double[][] sums = new double[3][steps];
		int[] trialsOf = new int[3];
		for (int k = 0; k < raster.trials(); k++) {
			int group = recording.events().rewarded(k) ? 1 : 2;
			trialsOf[0]++;
			trialsOf[group]++;
			for (int t = 0; t + shift < steps; t++) {
				sums[0][t] += counts[k][t + shift];
				sums[group][t] += counts[k][t + shift];
			}
		}
		int[] time = new int[steps];
		for (int t = 0; t < steps; t++) time[t] = t * task.stepMs();
		double[][] decoded = new double[3][];
		for (int g = 0; g < 3; g++) decoded[g] = error(sums[g], trialsOf[g], scale, tonic, steps - shift, neuron);
		return new ObservedErrors(time, decoded[0], decoded[1], decoded[2], dprime(perMs, raster.trials(), task, neuron));
	}

	/**
	 * The error of trial-averaged release: the average comes first, so the unequal scales of
	 * bursts and pauses do not turn baseline noise into a bias.
	 */
	private static double[] error(double[] sum, int trials, double scale, double tonic, int valid, NeuronParameters neuron) {
		double[] error = new double[sum.length];
		for (int t = 0; t < error.length; t++) {
			if (trials == 0) {
				error[t] = Double.NaN;
				continue;
			}
			double release = t < valid ? sum[t] / trials * scale - tonic : 0;
			error[t] = release >= 0 ? release / neuron.burstHz()
				: release / (neuron.baselineHz() * Math.max(neuron.pauseDepth(), 1e-9));
		}
		return error;
	}

	/**
	 * Spikes per trial and TD step, from one pass over the spikes into a per-ms histogram;
	 * {@code perMs} receives the histogram summed over trials.
	 */
	private static long[][] stepCounts(SpikeRaster raster, int stepMs, int steps, long[] perMs) {
		long[][] counts = new long[raster.trials()][steps];
		int[] histogram = new int[raster.durationMs()];
		for (int k = 0; k < raster.trials(); k++) {
			raster.histogram(k, histogram);
			long[] c = counts[k];
			for (int step = 0, ms = 0; step < steps; step++) {
				for (int end = Math.min(histogram.length, ms + stepMs); ms < end; ms++) {
					c[step] += histogram[ms];
					perMs[ms] += histogram[ms];
				}
			}
		}
		return counts;
	}

	private static double tonicHz(long[][] counts, double scale, int csStep) {
		double sum = 0;
		long n = 0;
		for (long[] trial : counts) {
			for (int t = 0; t < csStep; t++) sum += trial[t] * scale;
			n += csStep;
		}
		return n == 0 ? 0 : sum / n;
	}

	/**
	 * d' of the population CS response: mean spike count in the response window after the CS
	 * against the same length of baseline before it, with Poisson variance. It falls with the
	 * square root of the surviving count even where compensation keeps the mean release intact.
	 */
	static double dprime(long[] perMs, int trials, TaskParameters task, NeuronParameters neuron) {
		int window = Math.min(neuron.burstMs(), task.csTimeMs());
		int responseFrom = task.csTimeMs() + neuron.latencyMs();
		int responseTo = Math.min(task.durationMs(), responseFrom + neuron.burstMs());
		double response = 0, baseline = 0;
		for (int t = responseFrom; t < responseTo; t++) response += perMs[t];
		for (int t = task.csTimeMs() - window; t < task.csTimeMs(); t++) baseline += perMs[t];
		response /= trials;
		baseline = baseline / trials * (responseTo - responseFrom) / Math.max(1, window);
		double variance = (response + baseline) / 2;
		return variance > 0 ? (response - baseline) / Math.sqrt(variance) : 0;
	}
}
