package org.neurotd.ij1;

import ij.gui.Plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.neurotd.selection.SelectionGroup;
import org.neurotd.selection.SelectionResults;

/**
 * The selection task's bar plot: each group's mean choose-A and avoid-B accuracy in the test,
 * with error bars of one standard error over its simulated subjects. Bars rise from chance (0.5).
 */
public final class SelectionPlot {

	private static final Color CHOOSE = new Color(0x2ca02c);
	private static final Color AVOID = new Color(0xd62728);
	private static final double CHANCE = 0.5;
	private static final double OFFSET = 0.18, HALF_WIDTH = 0.15;

	private SelectionPlot() {}

	/** The plot of {@code results}. */
	public static Plot of(SelectionResults results) {
		List<SelectionGroup> groups = results.groups();
		int subjects = groups.stream().mapToInt(results::count).min().orElse(0);
		String title = "Probabilistic selection test: mean \u00b1 s.e.m. over " + subjects + " simulated subjects per group";
		Plot plot = new Plot(title, "group", "test accuracy (fraction correct)");
		plot.setSize(720, 440);
		plot.setFormatFlags(Plot.getDefaultFlags() & ~(Plot.X_NUMBERS | Plot.X_TICKS | Plot.X_GRID));
		plot.setJustification(Plot.CENTER);
		double low = CHANCE, high = CHANCE;
		for (SelectionGroup g : groups) {
			high = Math.max(high, Math.max(results.chooseA(g) + results.chooseASem(g), results.avoidB(g) + results.avoidBSem(g)));
			low = Math.min(low, Math.min(results.chooseA(g) - results.chooseASem(g), results.avoidB(g) - results.avoidBSem(g)));
		}
		double top = Math.min(1, high + 0.35 * (high - low) + 0.02);
		double bottom = Math.max(0, low - 0.1 * (top - low) - 0.02);
		plot.setLimits(0.4, groups.size() + 0.6, bottom, top);
		for (int i = 0; i < groups.size(); i++) {
			SelectionGroup g = groups.get(i);
			bar(plot, i + 1 - OFFSET, results.chooseA(g), results.chooseASem(g), CHOOSE);
			bar(plot, i + 1 + OFFSET, results.avoidB(g), results.avoidBSem(g), AVOID);
			plot.setColor(Color.BLACK);
			plot.setJustification(Plot.CENTER);
			plot.addText(label(g), i + 1, bottom + 0.03 * (top - bottom));
		}
		plot.setColor(Color.GRAY);
		plot.drawDottedLine(0.4, CHANCE, groups.size() + 0.6, CHANCE, 2);
		legend(plot, groups.size(), top, bottom);
		return plot;
	}

	private static void bar(Plot plot, double x, double mean, double sem, Color color) {
		plot.setColor(color, color);
		rectangle(plot, x - HALF_WIDTH, Math.max(mean, CHANCE), x + HALF_WIDTH, Math.min(mean, CHANCE));
		plot.setColor(Color.BLACK);
		plot.setLineWidth(1.5f);
		plot.drawLine(x, mean - sem, x, mean + sem);
		plot.drawLine(x - HALF_WIDTH / 3, mean - sem, x + HALF_WIDTH / 3, mean - sem);
		plot.drawLine(x - HALF_WIDTH / 3, mean + sem, x + HALF_WIDTH / 3, mean + sem);
		plot.setLineWidth(1);
	}

	/** A filled rectangle from its top-left to its bottom-right corner, in data coordinates. */
	private static void rectangle(Plot plot, double left, double top, double right, double bottom) {
		ArrayList<float[]> box = new ArrayList<>();
		box.add(new float[] { (float) left, (float) top, (float) right, (float) bottom });
		plot.drawShapes("rectangles", box);
	}

	/** A legend drawn in data coordinates, since the bars are shapes rather than data series. */
	private static void legend(Plot plot, int groups, double top, double bottom) {
		double y = top - 0.06 * (top - bottom);
		double x = 0.55;
		String[] text = { "choose A (A picked against C, D, E, F)", "avoid B (B refused against C, D, E, F)" };
		Color[] colors = { CHOOSE, AVOID };
		for (int k = 0; k < 2; k++) {
			double yy = y - k * 0.07 * (top - bottom);
			plot.setColor(colors[k], colors[k]);
			rectangle(plot, x, yy + 0.02 * (top - bottom), x + 0.08, yy - 0.02 * (top - bottom));
			plot.setColor(Color.BLACK);
			plot.setJustification(Plot.LEFT);
			plot.addText(text[k], x + 0.12, yy - 0.02 * (top - bottom));
		}
		plot.setJustification(Plot.RIGHT);
		plot.addText("dotted line: chance", groups + 0.55, y - 0.02 * (top - bottom));
		plot.setJustification(Plot.LEFT);
	}

	private static String label(SelectionGroup g) {
		return switch (g) {
			case HEALTHY -> "healthy";
			case PD_OFF -> "Parkinson's, off";
			case PD_ON -> "Parkinson's, on L-DOPA";
		};
	}
}
