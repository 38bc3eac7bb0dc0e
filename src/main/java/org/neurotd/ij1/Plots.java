package org.neurotd.ij1;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.io.FileSaver;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;

import org.neurotd.report.Table;

/** The plugin's plots, drawn with ImageJ's Plot so they can be shown, saved and edited in ImageJ. */
public final class Plots {

	private static final Color[] COLORS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
		new Color(0x9467bd), new Color(0xff7f0e) };

	private Plots() {}

	/**
	 * Lines of the given columns of {@code table} against its column {@code x}.
	 *
	 * @param labels legend labels, one per column
	 */
	public static Plot lines(String title, Table table, String x, String xLabel, String yLabel, String[] columns,
		String[] labels)
	{
		return draw(title, table, x, xLabel, yLabel, columns, labels, false, "top-right");
	}

	private static Plot draw(String title, Table table, String x, String xLabel, String yLabel, String[] columns,
		String[] labels, boolean markers, String legend)
	{
		Plot plot = new Plot(title, xLabel, yLabel);
		plot.setSize(640, 400);
		double[] xs = table.column(x);
		double low = 0, high = 0;
		for (int c = 0; c < columns.length; c++) {
			double[] ys = table.column(columns[c]);
			if (allNaN(ys)) continue;
			for (double y : ys) {
				if (y < low) low = y;
				if (y > high) high = y;
			}
			plot.setColor(COLORS[c % COLORS.length]);
			plot.setLineWidth(2);
			plot.add("line", xs, ys);
			plot.setLabel(-1, labels[c]);
			if (markers) plot.add("circle", xs, ys);
		}
		plot.setColor(Color.BLACK);
		plot.addLegend(null, legend);
		// Headroom above the highest point, so that a burst and the legend do not collide.
		plot.setLimits(xs.length > 0 ? xs[0] : 0, xs.length > 0 ? xs[xs.length - 1] : 1, low, high + 0.25 * (high - low) + 1e-9);
		return plot;
	}

	/** The flattening curve: value contrast, relative d' and stay share against loss. */
	public static Plot flattening(Table flattening) {
		double[] dprime = flattening.column("dprime");
		double healthy = dprime.length > 0 && dprime[0] > 0 ? dprime[0] : 1;
		Table t = new Table("loss_pct", "value_contrast", "relative_dprime", "stay_fraction");
		for (int i = 0; i < flattening.size(); i++) {
			t.add(100 * flattening.get(i, "loss"), flattening.get(i, "value_contrast"), dprime[i] / healthy,
				flattening.get(i, "stay_fraction"));
		}
		Plot plot = draw("Value flattens with dopamine neuron loss", t, "loss_pct", "dopamine neurons lost (%)",
			"relative to healthy / share", new String[] { "value_contrast", "relative_dprime", "stay_fraction" },
			new String[] { "value contrast (learned CS+ - CS-)", "d' of CS response (relative)",
				"stay choices (freezing, hypothesis)" }, true, "bottom-left");
		plot.setLimits(0, 100, 0, 1.1);
		return plot;
	}

	/** Saves a plot as PNG. */
	public static void savePng(Plot plot, Path file) throws IOException {
		savePng(plot.getImagePlus(), file);
	}

	/** Saves an image (a figure of several plots) as PNG. */
	public static void savePng(ImagePlus imp, Path file) throws IOException {
		if (!new FileSaver(imp).saveAsPng(file.toString())) throw new IOException("ImageJ could not write " + file);
	}

	private static boolean allNaN(double[] v) {
		for (double d : v) if (!Double.isNaN(d)) return false;
		return true;
	}
}
