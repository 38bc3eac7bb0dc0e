package org.neurotd.ij1;

import ij.gui.Plot;

import java.awt.Color;
import java.util.List;

import org.neurotd.forecast.Feed;
import org.neurotd.forecast.FeedKind;
import org.neurotd.forecast.ForecastCourse;
import org.neurotd.forecast.ForecastUpdates;

/**
 * forecast.png: the recorded dopamine firing through each probe sequence, with the forecast, the
 * update and the outcome marked; feed.png: each feed item's TD error, endless against ending.
 */
public final class ForecastPlot {

	private static final Color[] COLORS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c) };
	/** TD steps pooled per plotted point (50 ms), so the curve is readable at the population's noise. */
	private static final int POOL = 5;

	private ForecastPlot() {}

	/** The firing of each sequence of forecast.csv against time. */
	public static Plot forecast(List<ForecastCourse> courses) {
		Plot plot = new Plot("Dopamine firing when the forecast changes (read from the spikes)", "time in trial (s)",
			"firing (Hz per neuron, mean over trials)");
		plot.setSize(720, 440);
		double high = 0;
		for (ForecastCourse c : courses) {
			double[] y = pooled(c.dopamineHz());
			double[] x = new double[y.length];
			for (int j = 0; j < y.length; j++) {
				x[j] = (j + 0.5) * POOL * ForecastUpdates.STEP_MS / 1000.0;
				high = Math.max(high, y[j]);
			}
			plot.setColor(COLORS[c.sequence().ordinal()]);
			plot.setLineWidth(2);
			plot.add("line", x, y);
			plot.setLabel(-1, c.sequence().key());
		}
		double end = ForecastUpdates.DURATION_MS / 1000.0;
		double top = high * 1.45; // room above the bursts for the event names and the legend
		plot.setLimits(0, end, 0, top);
		plot.setColor(Color.GRAY);
		plot.setLineWidth(1);
		String[] names = { "forecast cue", "update cue (raised only)", "outcome" };
		int[] times = { ForecastUpdates.CUE_MS, ForecastUpdates.UPDATE_MS, ForecastUpdates.OUTCOME_MS };
		for (int e = 0; e < times.length; e++) {
			double s = times[e] / 1000.0;
			plot.drawDottedLine(s, 0, s, top, 3);
			// The last name goes left of its line, clear of the legend.
			plot.addLabel(e == times.length - 1 ? s / end - 0.085 : s / end + 0.005, 0.08, names[e]);
		}
		plot.setColor(Color.BLACK);
		plot.addLegend(null, "top-right");
		return plot;
	}

	private static double[] pooled(double[] hz) {
		double[] out = new double[hz.length / POOL];
		for (int j = 0; j < out.length; j++) {
			for (int k = 0; k < POOL; k++) out[j] += hz[j * POOL + k] / POOL;
		}
		return out;
	}

	/** Each item's TD error in feed.csv's two feeds against the items seen. */
	public static Plot feed(List<Feed.Item> items, int itemsPerSession) {
		Plot plot = new Plot("Feed errors: the endless feed's never resolve, the ending feed's die away",
			"items seen", "TD error (reward units)");
		plot.setSize(720, 440);
		double low = 0, high = 0, last = 1;
		for (FeedKind kind : FeedKind.values()) {
			List<Feed.Item> series = items.stream().filter(i -> i.feed() == kind).toList();
			double[] x = series.stream().mapToDouble(Feed.Item::item).toArray();
			double[] y = series.stream().mapToDouble(Feed.Item::delta).toArray();
			for (double v : y) {
				low = Math.min(low, v);
				high = Math.max(high, v);
			}
			if (x.length > 0) last = Math.max(last, x[x.length - 1]);
			plot.setColor(COLORS[kind.ordinal()]);
			plot.setLineWidth(kind == FeedKind.ENDING ? 2 : 1);
			plot.add("line", x, y);
			plot.setLabel(-1, kind.key());
		}
		plot.setLimits(0, last, low - 0.05 * (high - low), high + 0.3 * (high - low) + 1e-9);
		plot.setColor(Color.BLACK);
		plot.addLabel(0.01, 0.06, itemsPerSession + " items per session; the ending feed replays its items");
		plot.addLegend(null, "top-right");
		return plot;
	}
}
