package org.neurotd.report;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.decode.ValueDecoding;
import org.neurotd.sweep.FlatteningSummary;
import org.neurotd.population.SpikeRaster;
import org.neurotd.recording.Recording;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.TdTrace;
import org.neurotd.td.TimingProbe;

/** The tables the commands write: one method per output file. */
public final class Reports {

	private Reports() {}

	/**
	 * psth.csv: population mean firing rate per TD step over all recorded trials, the rewarded
	 * ones and the omitted ones (empty where there are none).
	 */
	public static Table psth(Recording recording) {
		SpikeRaster r = recording.dopamine().raster();
		int step = recording.simulation().task().stepMs();
		int bins = r.durationMs() / step;
		// Spikes are counted per ms first: one increment per spike, no division.
		int[] histogram = new int[r.durationMs()];
		long[][] perMs = new long[2][r.durationMs()];
		int[] trials = new int[2];
		for (int k = 0; k < r.trials(); k++) {
			int g = recording.events().rewarded(k) ? 0 : 1;
			trials[g]++;
			r.histogram(k, histogram);
			for (int ms = 0; ms < histogram.length; ms++) perMs[g][ms] += histogram[ms];
		}
		double[][] counts = new double[2][bins];
		for (int g = 0; g < 2; g++) {
			for (int ms = 0; ms < bins * step; ms++) counts[g][ms / step] += perMs[g][ms];
		}
		double perTrialNeuronS = Math.max(1, r.neurons()) * step / 1000.0;
		Table t = new Table("time_ms", "rate_hz", "rewarded_hz", "omitted_hz");
		for (int b = 0; b < bins; b++) {
			double all = (counts[0][b] + counts[1][b]) / (r.trials() * perTrialNeuronS);
			t.add(b * step, all, rate(counts[0][b], trials[0], perTrialNeuronS), rate(counts[1][b], trials[1], perTrialNeuronS));
		}
		return t;
	}

	private static double rate(double count, int trials, double perTrialNeuronS) {
		return trials == 0 ? Double.NaN : count / (trials * perTrialNeuronS);
	}

	/** td.csv: the model's own value and TD error per step on a trained, rewarded trial. */
	public static Table td(TdTrace trace, TaskParameters task) {
		Table t = new Table("time_ms", "value", "delta");
		for (int s = 0; s < trace.value().length; s++) t.add(s * task.stepMs(), trace.value()[s], trace.delta()[s]);
		return t;
	}

	/**
	 * timing.csv: the model's error on probe trials with the reward at the usual time, early and
	 * late by the probe's shift (Hollerman &amp; Schultz 1998).
	 */
	public static Table timing(TimingProbe probe, TaskParameters task) {
		Table t = new Table("time_ms", "usual_delta", "early_delta", "late_delta");
		for (int s = 0; s < probe.usual().delta().length; s++) {
			t.add(s * task.stepMs(), probe.usual().delta()[s], probe.early().delta()[s], probe.late().delta()[s]);
		}
		return t;
	}

	/**
	 * decode.csv: the error decoded from the spikes (all, rewarded, omitted trials), and the value
	 * learned by the striatal critic from this recording and from the healthy population.
	 */
	public static Table decoding(ValueDecoding d) {
		Table t = new Table("time_ms", "decoded_error", "decoded_rewarded", "decoded_omitted", "critic_value",
			"healthy_value");
		var e = d.errors();
		for (int s = 0; s < e.timeMs().length; s++) {
			t.add(e.timeMs()[s], e.all()[s], e.rewarded()[s], e.omitted()[s], d.critic().value()[s], d.healthy().value()[s]);
		}
		return t;
	}

	/** metrics.csv: one row of flattening metrics. */
	public static Table metrics(FlatteningMetrics m) {
		return new Table(FlatteningMetrics.COLUMNS.toArray(String[]::new)).add(m.values());
	}

	/**
	 * flattening.csv: value contrast, d' and stay share per loss level, sorted by loss: means over
	 * seeds, the number of seeds, standard deviations over seeds (empty for one seed) and d'
	 * relative to loss 0 (empty when the sweep has no loss 0).
	 */
	public static Table flattening(List<FlatteningSummary> levels) {
		Table t = new Table("loss", "value_contrast", "dprime", "stay_fraction", "seeds", "value_contrast_sd", "dprime_sd",
			"stay_fraction_sd", "relative_dprime");
		for (FlatteningSummary m : levels) {
			t.add(m.loss(), m.valueContrast(), m.dprime(), m.stayFraction(), m.seeds(), m.valueContrastSd(), m.dprimeSd(),
				m.stayFractionSd(), m.relativeDprime());
		}
		return t;
	}

	/** sweep.csv: every metric for every seed and loss level. */
	public static Table sweep(List<List<FlatteningMetrics>> rowsPerSeed, long firstSeed) {
		List<String> columns = new ArrayList<>(List.of("seed"));
		columns.addAll(FlatteningMetrics.COLUMNS);
		Table t = new Table(columns.toArray(String[]::new));
		for (int s = 0; s < rowsPerSeed.size(); s++) {
			for (FlatteningMetrics m : rowsPerSeed.get(s)) {
				double[] metrics = m.values();
				double[] r = new double[metrics.length + 1];
				r[0] = firstSeed + s;
				System.arraycopy(metrics, 0, r, 1, metrics.length);
				t.add(r);
			}
		}
		return t;
	}

}
