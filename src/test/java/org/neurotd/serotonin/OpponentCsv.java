package org.neurotd.serotonin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurotd.population.SpikeRaster;
import org.neurotd.recording.Recording;

/** Reads the opponent command's psth.csv and blocks.csv back into numbers. */
final class OpponentCsv {

	/** psth.csv: per condition, the dopamine (index 0) and serotonin (1) rate per 10 ms bin. */
	record Psth(Map<String, double[][]> byCondition) {

		/** Mean rate of a population (0 dopamine, 1 serotonin) over [fromMs, toMs). */
		double mean(String condition, int population, int fromMs, int toMs) {
			double[] r = byCondition.get(condition)[population];
			double s = 0;
			for (int b = fromMs / 10; b < toMs / 10; b++) s += r[b];
			return s / (toMs / 10 - fromMs / 10);
		}

		/** Change of the mean rate over [fromMs, toMs) from the pre-cue baseline. */
		double response(String condition, int population, int fromMs, int toMs) {
			return mean(condition, population, fromMs, toMs) - mean(condition, population, 0, 500);
		}
	}

	static Psth psth(String csv) {
		Map<String, List<double[]>> rows = new LinkedHashMap<>();
		String[] lines = csv.split("\n");
		if (!lines[0].equals("time_ms,condition,dopamine_hz,serotonin_hz")) throw new AssertionError(lines[0]);
		for (int i = 1; i < lines.length; i++) {
			String[] f = lines[i].split(",");
			rows.computeIfAbsent(f[1], k -> new ArrayList<>())
				.add(new double[] { Double.parseDouble(f[2]), Double.parseDouble(f[3]) });
		}
		Map<String, double[][]> out = new LinkedHashMap<>();
		rows.forEach((c, r) -> {
			double[][] v = new double[2][r.size()];
			for (int b = 0; b < r.size(); b++) {
				v[0][b] = r.get(b)[0];
				v[1][b] = r.get(b)[1];
			}
			out.put(c, v);
		});
		return new Psth(out);
	}

	/** blocks.csv: mean tonic rate of a population (0 dopamine, 1 serotonin) over blocks of a kind. */
	static double tonic(String csv, String kind, int population) {
		String[] lines = csv.split("\n");
		if (!lines[0].equals("block,kind,dopamine_tonic_hz,serotonin_tonic_hz")) throw new AssertionError(lines[0]);
		double s = 0;
		int n = 0;
		for (int i = 1; i < lines.length; i++) {
			String[] f = lines[i].split(",");
			if (!f[1].equals(kind)) continue;
			s += Double.parseDouble(f[2 + population]);
			n++;
		}
		return s / n;
	}

	/**
	 * Mean over a population's neurons of each one's interspike-interval CV in the recording's
	 * trials whose outcome is {@code condition}, from the spikes of the reopened recording.
	 */
	static double isiCv(Recording recording, String population, String condition) {
		SpikeRaster raster = recording.population(population).raster();
		double cvs = 0;
		int neurons = 0;
		for (int i = 0; i < raster.neurons(); i++) {
			double sum = 0, sumSq = 0;
			int n = 0;
			for (int k = 0; k < raster.trials(); k++) {
				if (!recording.events().get(k).outcome().equals(condition)) continue;
				for (int s = raster.from(k, i) + 1; s < raster.to(k, i); s++) {
					double isi = raster.time(s) - raster.time(s - 1);
					sum += isi;
					sumSq += isi * isi;
					n++;
				}
			}
			if (n < 2) continue;
			double mean = sum / n;
			cvs += Math.sqrt(sumSq / n - mean * mean) / mean;
			neurons++;
		}
		return cvs / neurons;
	}

	static double correlation(double[] a, double[] b) {
		double ma = 0, mb = 0;
		for (int i = 0; i < a.length; i++) {
			ma += a[i] / a.length;
			mb += b[i] / b.length;
		}
		double ab = 0, aa = 0, bb = 0;
		for (int i = 0; i < a.length; i++) {
			ab += (a[i] - ma) * (b[i] - mb);
			aa += (a[i] - ma) * (a[i] - ma);
			bb += (b[i] - mb) * (b[i] - mb);
		}
		return ab / Math.sqrt(aa * bb);
	}

	private OpponentCsv() {}
}
