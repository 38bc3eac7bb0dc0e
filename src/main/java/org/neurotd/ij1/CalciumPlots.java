package org.neurotd.ij1;

import ij.gui.Plot;

import java.awt.Color;
import java.util.Locale;

import org.neurotd.calcium.CalciumExtraction;
import org.neurotd.calcium.CellTrace;
import org.neurotd.report.Table;

/** The figures of a calcium extraction. */
public final class CalciumPlots {

	/** Length of movie the trace figure shows. */
	public static final double SHOWN_S = 8;

	private CalciumPlots() {}

	/**
	 * One ROI's dF/F over the movie's first {@link #SHOWN_S} s, the AR(1) calcium fitted to it,
	 * and below them the inferred spikes as bars (height in spikes, one spike a sixth of the
	 * highest dF/F shown) and the true spikes as ticks when known.
	 */
	public static Plot trace(CalciumExtraction e, int roi) {
		CellTrace c = e.traces().get(roi);
		int frames = (int) Math.min(c.dff().length, Math.round(SHOWN_S * 1000 / e.frameMs()));
		double[] t = new double[frames], dff = new double[frames], calcium = new double[frames];
		double high = 0;
		for (int f = 0; f < frames; f++) {
			t[f] = f * e.frameMs() / 1000;
			dff[f] = c.dff()[f];
			calcium[f] = c.calcium()[f];
			high = Math.max(high, dff[f]);
		}
		double unit = Math.max(0.05, high / 6);
		Plot plot = new Plot(String.format(Locale.ROOT, "%s: dF/F and inferred spikes (OASIS, AR(1))", e.rois().get(roi).name()),
			"time (s)", "dF/F");
		plot.setSize(720, 360);
		plot.setColor(Color.GRAY);
		plot.add("line", t, dff);
		plot.setLabel(-1, "dF/F (F - r x Fneu)");
		plot.setColor(new Color(0xd62728));
		plot.setLineWidth(2);
		plot.add("line", t, calcium);
		plot.setLabel(-1, "fitted calcium");
		plot.setLineWidth(1);
		double inferredBase = -1.5 * unit;
		double[][] bars = bars(t, c.inferred(), frames, inferredBase, -unit);
		plot.setColor(new Color(0x1f77b4));
		plot.add("line", bars[0], bars[1]);
		plot.setLabel(-1, "inferred spikes");
		double low = inferredBase - 3 * unit;
		if (e.truth().isPresent()) {
			double trueBase = low;
			double[] times = e.truth().get().movieTimes(roi);
			double[] perFrame = new double[frames];
			for (double ms : times) {
				int f = (int) (ms / e.frameMs());
				if (f < frames) perFrame[f]++;
			}
			double[][] ticks = bars(t, perFrame, frames, trueBase, -unit);
			plot.setColor(Color.BLACK);
			plot.add("line", ticks[0], ticks[1]);
			plot.setLabel(-1, "true spikes");
			low = trueBase - 3 * unit;
		}
		plot.setColor(Color.BLACK);
		plot.addLegend(null, "top-right");
		plot.setLimits(0, frames * e.frameMs() / 1000, low, high * 1.3 + unit);
		return plot;
	}

	/** Vertical bars of height {@code counts x perSpike} hanging from {@code base}, as one line with gaps. */
	private static double[][] bars(double[] t, double[] counts, int frames, double base, double perSpike) {
		double[] x = new double[3 * frames], y = new double[3 * frames];
		for (int f = 0; f < frames; f++) {
			double h = counts[f] > 1e-3 ? counts[f] * perSpike : 0;
			x[3 * f] = t[f];
			y[3 * f] = base;
			x[3 * f + 1] = t[f];
			y[3 * f + 1] = base + h;
			x[3 * f + 2] = Double.NaN;
			y[3 * f + 2] = Double.NaN;
		}
		return new double[][] { x, y };
	}

	/** Width of the running mean the decoded-error figure draws (decode.csv keeps every TD step). */
	public static final int SMOOTHING_MS = 50;

	/**
	 * The decoded error from the true spikes of the imaged cells and from the movie, rewarded and
	 * omitted trials, as a running mean over {@link #SMOOTHING_MS}.
	 */
	public static Plot decoding(Table decoded) {
		String[] columns = { "spikes_rewarded", "movie_rewarded", "spikes_omitted", "movie_omitted" };
		double[] time = decoded.column("time_ms");
		int width = time.length > 1 ? Math.max(1, (int) Math.round(SMOOTHING_MS / (time[1] - time[0]))) : 1;
		String[] all = new String[columns.length + 1];
		all[0] = "time_ms";
		System.arraycopy(columns, 0, all, 1, columns.length);
		Table smooth = new Table(all);
		double[][] series = new double[columns.length][];
		for (int c = 0; c < columns.length; c++) series[c] = runningMean(decoded.column(columns[c]), width);
		for (int i = 0; i < time.length; i++) {
			double[] row = new double[all.length];
			row[0] = time[i];
			for (int c = 0; c < columns.length; c++) row[c + 1] = series[c][i];
			smooth.add(row);
		}
		return Plots.lines("Decoded TD error: the imaged cells' true spikes and the spikes inferred from the movie ("
			+ SMOOTHING_MS + " ms running mean)", smooth, "time_ms", "time in trial (ms)", "decoded error (full reward = 1)",
			columns, new String[] { "true spikes, rewarded", "inferred from the movie, rewarded", "true spikes, omitted",
				"inferred from the movie, omitted" });
	}

	/** Centred running mean over {@code width} points (fewer at the ends), NaN where all are NaN. */
	private static double[] runningMean(double[] v, int width) {
		double[] out = new double[v.length];
		for (int i = 0; i < v.length; i++) {
			double sum = 0;
			int n = 0;
			for (int j = Math.max(0, i - width / 2); j <= Math.min(v.length - 1, i + width / 2); j++) {
				if (!Double.isNaN(v[j])) {
					sum += v[j];
					n++;
				}
			}
			out[i] = n == 0 ? Double.NaN : sum / n;
		}
		return out;
	}
}
