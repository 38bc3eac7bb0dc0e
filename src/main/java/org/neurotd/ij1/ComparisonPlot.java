package org.neurotd.ij1;

import ij.gui.Plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurotd.conditioning.CueResponse;

/**
 * compare.png: each cue's dopamine response (from the spikes) under each learner, grouped by
 * paradigm, with error bars over the recorded trials.
 */
public final class ComparisonPlot {

	private static final Color[] COLORS = { new Color(0x1f77b4), new Color(0xd62728) };
	private static final String[] NAMES = { "td", "rw" };
	private static final String[] LABELS = { "TD(lambda)", "Rescorla-Wagner" };
	private static final double BAR = 0.36;

	private ComparisonPlot() {}

	/** The grouped bar chart of {@code rows} (compare.csv's rows). */
	public static Plot of(List<CueResponse> rows) {
		// One slot per paradigm and cue, in the order of the rows, a gap between paradigms.
		Map<String, Double> slot = new LinkedHashMap<>();
		Map<String, Double> paradigmStart = new LinkedHashMap<>();
		double x = 0;
		String last = null;
		for (CueResponse r : rows) {
			String key = r.paradigm() + "/" + r.cue();
			if (slot.containsKey(key)) continue;
			if (!r.paradigm().equals(last)) {
				x += last == null ? 1 : 2;
				paradigmStart.put(r.paradigm(), x);
				last = r.paradigm();
			}
			else x += 1;
			slot.put(key, x);
		}
		double low = 0, high = 0;
		for (CueResponse r : rows) {
			low = Math.min(low, r.responseHz() - err(r));
			high = Math.max(high, r.responseHz() + err(r));
		}
		double top = high + 0.45 * (high - low) + 1e-9, bottom = low - 0.12 * (high - low);
		Plot plot = new Plot("Dopamine response to each cue: TD vs Rescorla-Wagner", "cue (grouped by paradigm)",
			"response (Hz per neuron, minus baseline)");
		plot.setSize(720, 420);
		plot.setLimits(0, x + 1, bottom, top);
		plot.setXTicks(false);
		plot.setFormatFlags(plot.getFlags() & ~Plot.X_NUMBERS);
		for (int s = 0; s < NAMES.length; s++) {
			ArrayList<float[]> rects = new ArrayList<>();
			List<Double> xs = new ArrayList<>(), ys = new ArrayList<>(), es = new ArrayList<>();
			double offset = (s - 0.5) * BAR;
			for (CueResponse r : rows) {
				if (!r.learner().equals(NAMES[s])) continue;
				double c = slot.get(r.paradigm() + "/" + r.cue()) + offset;
				rects.add(new float[] { (float) (c - BAR / 2), (float) Math.max(0, r.responseHz()), (float) (c + BAR / 2),
					(float) Math.min(0, r.responseHz()) });
				xs.add(c);
				ys.add(r.responseHz());
				es.add(err(r));
			}
			if (xs.isEmpty()) continue;
			plot.setColor(COLORS[s], COLORS[s]);
			plot.drawShapes("rectangles", rects);
			plot.setColor(Color.BLACK);
			plot.setLineWidth(1);
			plot.add("dot", array(xs), array(ys));
			plot.addErrorBars(array(es));
			plot.setColor(COLORS[s]);
			plot.addLabel(0.01 + 0.2 * s, 0.12, "\u25A0 " + LABELS[s]);
		}
		plot.setColor(Color.BLACK);
		plot.addLabel(0.01, 0.06, "Response read from the spikes after training (mean \u00B1 SEM over trials)");
		plot.drawLine(0, 0, x + 1, 0);
		for (Map.Entry<String, Double> e : slot.entrySet()) {
			String cue = e.getKey().substring(e.getKey().indexOf('/') + 1);
			plot.addText(cue, e.getValue() - 0.15, bottom + 0.05 * (top - bottom));
		}
		for (Map.Entry<String, Double> e : paradigmStart.entrySet()) {
			plot.addText(e.getKey().replace('_', '-'), e.getValue() - 0.4, top - 0.24 * (top - bottom));
		}
		return plot;
	}

	private static double err(CueResponse r) {
		return Double.isNaN(r.semHz()) ? 0 : r.semHz();
	}

	private static double[] array(List<Double> v) {
		return v.stream().mapToDouble(Double::doubleValue).toArray();
	}
}
