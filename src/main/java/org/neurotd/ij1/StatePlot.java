package org.neurotd.ij1;

import ij.gui.Plot;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;

import org.neurotd.need.NeedParameters;
import org.neurotd.need.NeedSession;
import org.neurotd.need.StateRow;

/**
 * state.png: the dopamine population's responses to the salt cue and to the salt (uncued
 * deliveries, and after the cue) on every recorded trial, read from the spikes, across the
 * phases; phases of the polarity flip are labelled as the hypothesis they are.
 */
public final class StatePlot {

	private static final Color CUE = new Color(0x1f77b4), SALT = new Color(0xd62728), CUED_SALT = new Color(0xaaaaaa);

	private StatePlot() {}

	/** The plot of a session. */
	public static Plot of(NeedSession.Result r) {
		NeedParameters p = r.parameters();
		List<StateRow> rows = r.rows();
		Plot plot = new Plot("Need state: dopamine responses across the phases", "trial (session)",
			"response (Hz per neuron, minus baseline)");
		plot.setSize(760, 420);
		double low = 0, high = 0;
		for (StateRow row : rows) {
			low = Math.min(low, Math.min(row.outcomeHz(), Double.isNaN(row.cueHz()) ? 0 : row.cueHz()));
			high = Math.max(high, Math.max(row.outcomeHz(), Double.isNaN(row.cueHz()) ? 0 : row.cueHz()));
		}
		double top = high + 0.45 * (high - low), bottom = low - 0.3 * (high - low);
		plot.setLimits(0, rows.size() + 1, bottom, top);
		// Reference lines and labels first: a colour set after a series is added would recolour it.
		plot.setColor(Color.BLACK);
		plot.setLineWidth(1);
		plot.drawLine(0, 0, rows.size() + 1, 0);
		List<NeedParameters.Phase> phases = p.phases();
		for (int k = 0; k < phases.size(); k++) {
			double at = k * p.trials() + 0.5;
			if (k > 0) plot.drawDottedLine(at, bottom, at, top, 2);
			NeedParameters.Phase phase = phases.get(k);
			plot.addText(phase.name() + (phase.flipped() ? " (flipped:" : ""), at + 1, bottom + 0.13 * (top - bottom));
			plot.addText(phase.flipped() ? "hypothesis)" : String.format(Locale.ROOT, "need %.2g", phase.need()), at + 1,
				bottom + 0.06 * (top - bottom));
		}
		plot.addLabel(0.01, 0.06, "readout=" + p.readout().key() + "; read from the spikes, 50-300 ms after each event");
		series(plot, rows, StateRow::cued, StateRow::outcomeHz, CUED_SALT, 1, "salt after the cue");
		series(plot, rows, StateRow::cued, StateRow::cueHz, CUE, 2, "cue");
		series(plot, rows, row -> !row.cued(), StateRow::outcomeHz, SALT, 2, "salt without the cue");
		plot.addLegend(null, "top-right");
		return plot;
	}

	private static void series(Plot plot, List<StateRow> rows, Predicate<StateRow> which, ToDoubleFunction<StateRow> y,
		Color color, float width, String label)
	{
		double[] xs = java.util.stream.IntStream.range(0, rows.size()).filter(i -> which.test(rows.get(i)))
			.mapToDouble(i -> i + 1).toArray();
		double[] ys = rows.stream().filter(which).mapToDouble(y).toArray();
		plot.setColor(color, color);
		plot.setLineWidth(width);
		plot.add("connected circle", xs, ys);
		plot.setLabel(-1, label);
	}
}
