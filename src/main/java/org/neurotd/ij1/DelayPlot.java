package org.neurotd.ij1;

import ij.gui.Plot;

import java.awt.Color;
import java.util.List;

import org.neurotd.delay.DelayResponse;

/**
 * delays.png: the CS, reward and omission responses (from the spikes) against the CS-reward
 * delay, one line per representation, with error bars over the recorded trials.
 */
public final class DelayPlot {

	private static final Color[] COLORS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c) };
	private static final String[] EVENTS = { "CS", "reward", "omission" };

	private DelayPlot() {}

	/** The plot of {@code rows} (delays.csv's rows). */
	public static Plot of(List<DelayResponse> rows) {
		Plot plot = new Plot("Dopamine responses against the CS-reward delay", "CS-reward delay (s)",
			"response (Hz per neuron, minus baseline)");
		plot.setSize(720, 440);
		List<String> representations = rows.stream().map(DelayResponse::representation).distinct().toList();
		double low = 0, high = 0, last = 0;
		for (DelayResponse r : rows) {
			for (int e = 0; e < EVENTS.length; e++) {
				low = Math.min(low, value(r, e) - err(r, e));
				high = Math.max(high, value(r, e) + err(r, e));
			}
			last = Math.max(last, r.delayMs() / 1000.0);
		}
		plot.setLimits(0, last * 1.05, low - 0.05 * (high - low), high + 0.8 * (high - low) + 1e-9);
		for (String rep : representations) {
			List<DelayResponse> series = rows.stream().filter(r -> r.representation().equals(rep)).toList();
			double[] x = series.stream().mapToDouble(r -> r.delayMs() / 1000.0).toArray();
			boolean csc = rep.equals("csc");
			for (int e = 0; e < EVENTS.length; e++) {
				final int event = e;
				double[] y = series.stream().mapToDouble(r -> value(r, event)).toArray();
				double[] err = series.stream().mapToDouble(r -> err(r, event)).toArray();
				plot.setColor(COLORS[e], COLORS[e]);
				plot.setLineWidth(csc ? 1 : 2.5f);
				plot.add(csc ? "connected box" : "connected circle", x, y);
				plot.addErrorBars(err);
				plot.setLabel(-1, EVENTS[e] + " (" + rep + ")");
			}
		}
		plot.setColor(Color.BLACK);
		plot.setLineWidth(1);
		plot.drawLine(0, 0, last * 1.05, 0);
		plot.addLabel(0.01, 0.06, "Read from the spikes (mean \u00B1 SEM over trials)");
		plot.addLegend(null, "top-right");
		return plot;
	}

	private static double value(DelayResponse r, int event) {
		return event == 0 ? r.csHz() : event == 1 ? r.rewardHz() : r.omissionHz();
	}

	private static double err(DelayResponse r, int event) {
		double e = event == 0 ? r.csSem() : event == 1 ? r.rewardSem() : r.omissionSem();
		return Double.isNaN(e) ? 0 : e;
	}
}
