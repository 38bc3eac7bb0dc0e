package org.neurotd.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.release.ReleaseParameters;

/**
 * How the numbers that place the knee move it: for every combination of compensation cap,
 * detection threshold and convergence (inputs per striatal locus), a loss sweep of each seed's
 * healthy recording, and the cell loss from which its value contrast stays below
 * {@link #ONSET_CONTRAST} (linear between loss levels): the onset of flattening.
 */
public final class KneeSweep {

	/** Value contrast below which the value function counts as flattening. */
	public static final double ONSET_CONTRAST = 0.9;

	private KneeSweep() {}

	/**
	 * The onset of flattening for one combination, over seeds.
	 *
	 * @param cap compensation cap
	 * @param threshold detection threshold
	 * @param convergence dopamine inputs per striatal locus
	 * @param seeds seeds averaged
	 * @param onset mean over seeds of the onset loss ({@code NaN} when some seed does not flatten
	 *          within the losses swept)
	 * @param onsetSd its standard deviation over seeds ({@code NaN} for one seed)
	 */
	public record Knee(double cap, double threshold, int convergence, int seeds, double onset, double onsetSd) {}

	/**
	 * Sweeps every combination; the healthy recording of each seed ({@code base.seed()},
	 * {@code base.seed() + 1}, ...) is simulated once and lesioned with its own seed.
	 */
	public static List<Knee> run(SimulationParameters base, int seeds, double[] losses, DegradationParameters lesion,
		ReadoutParameters readout, double[] caps, double[] thresholds, int[] convergences, int threads, Progress progress)
	{
		LossSweep.checkLosses(losses);
		double[] sorted = losses.clone();
		Arrays.sort(sorted);
		int combinations = caps.length * thresholds.length * convergences.length;
		double[][] onsets = new double[combinations][seeds];
		for (int s = 0; s < seeds; s++) {
			SimulationParameters p = new SimulationParameters(base.neurons(), base.trials(), base.training(),
				base.learning(), base.task(), base.td(), base.representation(), base.neuron(), base.seed() + s);
			Recording healthy = Simulation.run(p, threads, progress).recording();
			int c = 0;
			for (double cap : caps) {
				DegradationParameters l = new DegradationParameters(0, lesion.denervation(), lesion.compensation(), cap,
					lesion.lossOrder(), p.seed());
				for (double threshold : thresholds) {
					for (int convergence : convergences) {
						progress.checkCancelled();
						progress.report("knee", (long) s * combinations + c, (long) seeds * combinations);
						ReadoutParameters r = new ReadoutParameters(readout.readout(), threshold, readout.episodes(),
							readout.stayBias(), readout.temperature(),
							new ReleaseParameters(convergence, readout.release().releasePerSpike()));
						onsets[c++][s] = onset(LossSweep.sweep(healthy, sorted, l, r, Progress.NONE));
					}
				}
			}
		}
		List<Knee> out = new ArrayList<>(combinations);
		int c = 0;
		for (double cap : caps) {
			for (double threshold : thresholds) {
				for (int convergence : convergences) {
					SummaryStatistics st = new SummaryStatistics();
					for (double o : onsets[c]) st.addValue(o);
					c++;
					out.add(new Knee(cap, threshold, convergence, seeds, st.getMean(),
						seeds > 1 ? st.getStandardDeviation() : Double.NaN));
				}
			}
		}
		out.sort(Comparator.comparingDouble(Knee::cap).thenComparingInt(Knee::convergence)
			.thenComparingDouble(Knee::threshold));
		return out;
	}

	/**
	 * The loss from which the value contrast stays below {@link #ONSET_CONTRAST}: linear between
	 * the last level at or above it and the next; the first level when none is at or above it;
	 * {@code NaN} when the last level still is (rows sorted by loss). Taking the last crossing
	 * keeps a noisy dip at low loss from counting as the knee.
	 */
	static double onset(List<FlatteningMetrics> rows) {
		int last = -1;
		for (int i = 0; i < rows.size(); i++) {
			if (rows.get(i).valueContrast() >= ONSET_CONTRAST) last = i;
		}
		if (last == rows.size() - 1) return Double.NaN;
		if (last < 0) return rows.get(0).loss();
		double before = rows.get(last).valueContrast(), now = rows.get(last + 1).valueContrast();
		double from = rows.get(last).loss(), to = rows.get(last + 1).loss();
		return from + (to - from) * (before - ONSET_CONTRAST) / (before - now);
	}
}
