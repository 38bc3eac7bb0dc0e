package org.neurotd.serotonin;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.neurotd.population.SpikeRaster;

/**
 * What an observer measures from the two populations' spikes: population PSTHs per condition and
 * tonic rates per block (the spikes before the cue). Nothing here reads the learner.
 */
public final class OpponentMeasures {

	/** PSTH bin width. */
	public static final int BIN_MS = 10;

	private OpponentMeasures() {}

	/**
	 * Population mean rates (Hz per neuron) in {@link #BIN_MS} bins, per condition, over that
	 * condition's trials; conditions without trials are left out.
	 *
	 * @param timeMs bin starts
	 * @param dopamineHz per condition, the dopamine population's rate per bin
	 * @param serotoninHz the same for the serotonin population
	 */
	public record Psth(double[] timeMs, Map<Condition, double[]> dopamineHz, Map<Condition, double[]> serotoninHz) {

		/** psth.csv: time_ms,condition,dopamine_hz,serotonin_hz. */
		public String toCsv() {
			StringBuilder sb = new StringBuilder("time_ms,condition,dopamine_hz,serotonin_hz\n");
			for (Condition c : dopamineHz.keySet()) {
				for (int b = 0; b < timeMs.length; b++) {
					sb.append(number(timeMs[b])).append(',').append(c.key()).append(',').append(number(dopamineHz.get(c)[b]))
						.append(',').append(number(serotoninHz.get(c)[b])).append('\n');
				}
			}
			return sb.toString();
		}
	}

	/**
	 * One block's tonic rates: population mean rate before the cue over the block's trials.
	 *
	 * @param block 1-based block number
	 * @param kind the block's kind
	 * @param dopamineTonicHz dopamine rate, Hz per neuron
	 * @param serotoninTonicHz serotonin rate, Hz per neuron
	 */
	public record Block(int block, BlockKind kind, double dopamineTonicHz, double serotoninTonicHz) {}

	/** The PSTHs of {@code r}. */
	public static Psth psth(OpponentResult r) {
		int bins = r.dopamineSpikes().durationMs() / BIN_MS;
		double[] time = new double[bins];
		for (int b = 0; b < bins; b++) time[b] = b * BIN_MS;
		Map<Condition, double[]> da = new EnumMap<>(Condition.class);
		Map<Condition, double[]> ht = new EnumMap<>(Condition.class);
		List<Session.Trial> trials = r.session().trials();
		for (Condition c : Condition.values()) {
			boolean[] in = new boolean[trials.size()];
			int count = 0;
			for (int t = 0; t < in.length; t++) {
				in[t] = trials.get(t).condition() == c;
				if (in[t]) count++;
			}
			if (count == 0) continue;
			da.put(c, binned(r.dopamineSpikes(), in, count, bins));
			ht.put(c, binned(r.serotoninSpikes(), in, count, bins));
		}
		return new Psth(time, da, ht);
	}

	private static double[] binned(SpikeRaster raster, boolean[] trials, int count, int bins) {
		double[] rate = new double[bins];
		int[] histogram = new int[raster.durationMs()];
		for (int t = 0; t < trials.length; t++) {
			if (!trials[t]) continue;
			raster.histogram(t, histogram);
			for (int ms = 0; ms < bins * BIN_MS; ms++) rate[ms / BIN_MS] += histogram[ms];
		}
		double perHz = 1000.0 / (BIN_MS * (double) count * raster.neurons());
		for (int b = 0; b < bins; b++) rate[b] *= perHz;
		return rate;
	}

	/** Tonic rates per block, from the spikes before the cue (the first {@code csMs} of each trial). */
	public static List<Block> blocks(OpponentResult r, int csMs) {
		List<Session.Trial> trials = r.session().trials();
		int blocks = r.parameters().blocks();
		double[] da = new double[blocks], ht = new double[blocks];
		int[] n = new int[blocks];
		for (int t = 0; t < trials.size(); t++) {
			int b = trials.get(t).block();
			da[b] += before(r.dopamineSpikes(), t, csMs);
			ht[b] += before(r.serotoninSpikes(), t, csMs);
			n[b]++;
		}
		Block[] out = new Block[blocks];
		for (int b = 0; b < blocks; b++) {
			double seconds = n[b] * csMs / 1000.0;
			out[b] = new Block(b + 1, BlockKind.of(b), da[b] / (seconds * r.dopamineSpikes().neurons()),
				ht[b] / (seconds * r.serotoninSpikes().neurons()));
		}
		return List.of(out);
	}

	/**
	 * A population's mean rate change (Hz per neuron) over [fromMs, toMs) from its rate before
	 * the cue, on the trials with {@code cue}.
	 */
	public static double response(SpikeRaster raster, Session session, Cue cue, int csMs, int fromMs, int toMs) {
		List<Session.Trial> trials = session.trials();
		long before = 0, during = 0;
		int n = 0;
		for (int t = 0; t < trials.size(); t++) {
			if (trials.get(t).cue() != cue) continue;
			for (int i = raster.trialFrom(t), end = raster.trialTo(t); i < end; i++) {
				int ms = raster.time(i);
				if (ms < csMs) before++;
				else if (ms >= fromMs && ms < toMs) during++;
			}
			n++;
		}
		double perNeuronSecond = 1000.0 / ((double) n * raster.neurons());
		return perNeuronSecond * (during / (double) (toMs - fromMs) - before / (double) csMs);
	}

	/** blocks.csv: block,kind,dopamine_tonic_hz,serotonin_tonic_hz. */
	public static String blocksCsv(List<Block> blocks) {
		StringBuilder sb = new StringBuilder("block,kind,dopamine_tonic_hz,serotonin_tonic_hz\n");
		for (Block b : blocks) {
			sb.append(b.block()).append(',').append(b.kind().key()).append(',').append(number(b.dopamineTonicHz()))
				.append(',').append(number(b.serotoninTonicHz())).append('\n');
		}
		return sb.toString();
	}

	/** Spikes of all neurons of {@code trial} before {@code ms}. */
	private static int before(SpikeRaster raster, int trial, int ms) {
		int count = 0;
		for (int i = raster.trialFrom(trial), end = raster.trialTo(trial); i < end; i++) {
			if (raster.time(i) < ms) count++;
		}
		return count;
	}

	/**
	 * Mean over neurons of each neuron's coefficient of variation of its interspike intervals
	 * within trials of {@code condition} (intervals spanning two trials are not seen; neurons with
	 * fewer than two intervals are left out).
	 */
	public static double isiCv(SpikeRaster raster, OpponentResult r, Condition condition) {
		List<Session.Trial> trials = r.session().trials();
		double cvs = 0;
		int neurons = 0;
		SummaryStatistics isi = new SummaryStatistics();
		for (int i = 0; i < raster.neurons(); i++) {
			isi.clear();
			for (int t = 0; t < trials.size(); t++) {
				if (trials.get(t).condition() != condition) continue;
				for (int j = raster.from(t, i) + 1; j < raster.to(t, i); j++) isi.addValue(raster.time(j) - raster.time(j - 1));
			}
			if (isi.getN() < 2) continue;
			cvs += isi.getStandardDeviation() / isi.getMean();
			neurons++;
		}
		return cvs / neurons;
	}

	private static String number(double v) {
		if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
		return String.format(Locale.ROOT, "%.6g", v);
	}
}
