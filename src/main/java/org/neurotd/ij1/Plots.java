package org.neurotd.ij1;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.io.FileSaver;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.neurotd.params.Key;
import org.neurotd.report.Table;

/** The plugin's plots, drawn with ImageJ's Plot so they can be shown, saved and edited in ImageJ. */
public final class Plots {

	private static final Color[] COLORS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
		new Color(0x9467bd), new Color(0xff7f0e) };

	/** Enough distinct colours for a cap x convergence grid of 3 x 3. */
	private static final Color[] KNEE_COLORS = { COLORS[0], COLORS[1], COLORS[2], COLORS[3], COLORS[4],
		new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0x17becf) };

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

	/**
	 * The flattening curve of a flattening.csv table: value contrast, d' relative to loss 0 and the
	 * share of stay choices against loss, means with error bars of one standard deviation over
	 * seeds (none with a single seed). The y-range fits every point and bar; d' is left out when
	 * the sweep has no loss 0 to be relative to (flattening.csv keeps the absolute d').
	 *
	 * @param readout the striatal readout the values were learned with, named in the title
	 */
	public static Plot flattening(Table flattening, String readout) {
		int seeds = flattening.size() > 0 ? (int) flattening.get(0, "seeds") : 0;
		String spread = seeds > 1 ? "mean \u00b1 SD over " + seeds + " seeds" : "1 seed, no error bars";
		Plot plot = new Plot("Value flattening against dopamine cell loss (" + readout + " readout, " + spread + ")",
			"dopamine neurons lost (%)", "relative to healthy / share of choices");
		plot.setSize(640, 420);
		double[] loss = flattening.column("loss").clone();
		for (int i = 0; i < loss.length; i++) loss[i] *= 100;
		// d' and its spread are shown on the relative scale: divided by the d' at loss 0.
		double dprimeScale = flattening.size() > 0 ? flattening.get(0, "relative_dprime") / flattening.get(0, "dprime") : 0;
		String[][] series = {
			{ "value_contrast", "value_contrast_sd", "value contrast (learned CS+ - CS-, relative to healthy)" },
			{ "relative_dprime", "dprime_sd", "d' of the CS response, relative to loss 0" },
			{ "stay_fraction", "stay_fraction_sd", "stay choices (\"active freezing\": a hypothesis)" } };
		double low = 0, high = 1;
		for (int c = 0; c < series.length; c++) {
			double[] ys = flattening.column(series[c][0]);
			if (allNaN(ys)) continue;
			double[] sd = flattening.column(series[c][1]).clone();
			if (c == 1) for (int i = 0; i < sd.length; i++) sd[i] *= dprimeScale;
			for (int i = 0; i < ys.length; i++) {
				double bar = Double.isNaN(sd[i]) ? 0 : sd[i];
				if (!Double.isNaN(ys[i])) {
					low = Math.min(low, ys[i] - bar);
					high = Math.max(high, ys[i] + bar);
				}
			}
			plot.setColor(COLORS[c % COLORS.length]);
			plot.setLineWidth(2);
			plot.add("line", loss, ys);
			plot.setLabel(-1, series[c][2]);
			plot.add("circle", loss, ys);
			if (!allNaN(sd)) plot.addErrorBars(sd);
		}
		plot.setColor(Color.BLACK);
		plot.addLegend(null, "bottom-left");
		plot.setLimits(0, 100, low, high + 0.3 * (high - low));
		plot.addLabel(0.01, 0.05, "Hypotheses: flattening through the " + readout + " readout; active freezing");
		return plot;
	}

	/**
	 * A histogram of {@code values} in bins of {@code binWidth} (edges at multiples of it), as
	 * bars of counts.
	 */
	public static Plot histogram(String title, double[] values, double binWidth, String xLabel, String legend) {
		double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
		for (double v : values) {
			if (!Double.isFinite(v)) continue;
			low = Math.min(low, v);
			high = Math.max(high, v);
		}
		if (low > high) low = high = 0;
		int first = (int) Math.floor(low / binWidth), last = (int) Math.floor(high / binWidth);
		double[] centres = new double[last - first + 1];
		double[] counts = new double[centres.length];
		for (int b = 0; b < centres.length; b++) centres[b] = (first + b + 0.5) * binWidth;
		for (double v : values) {
			if (Double.isFinite(v)) counts[(int) Math.floor(v / binWidth) - first]++;
		}
		double top = 0;
		for (double c : counts) top = Math.max(top, c);
		Plot plot = new Plot(title, xLabel, "subjects");
		plot.setSize(640, 400);
		plot.setColor(Color.BLACK, COLORS[0]);
		plot.add("bar", centres, counts);
		plot.setLabel(-1, legend);
		plot.setColor(Color.BLACK);
		plot.addLegend(null, "top-right");
		plot.setLimits(first * binWidth - binWidth, (last + 2) * binWidth, 0, 1.3 * top + 1);
		return plot;
	}

	/**
	 * The knee's sensitivity, from a knee.csv table: the cell loss at which value starts to
	 * flatten against the detection threshold, one line per compensation cap and convergence,
	 * error bars of one SD over seeds. A combination that does not flatten within the swept losses
	 * has no point.
	 */
	public static Plot knee(Table knee, String readout) {
		int seeds = knee.size() > 0 ? (int) knee.get(0, "seeds") : 0;
		String spread = seeds > 1 ? "mean \u00b1 SD over " + seeds + " seeds" : "1 seed, no error bars";
		Plot plot = new Plot("Onset of flattening against threshold, cap and inputs per locus (" + readout + " readout, "
			+ spread + ")", "detection threshold (fraction of a full burst's concentration)",
			"cell loss at onset of flattening (%)");
		plot.setSize(720, 480);
		java.util.Map<String, java.util.List<Integer>> lines = new java.util.LinkedHashMap<>();
		for (int i = 0; i < knee.size(); i++) {
			lines.computeIfAbsent("cap " + Key.bound(knee.get(i, "cap")) + ", " + (int) knee.get(i, "convergence")
				+ " inputs", k -> new java.util.ArrayList<>()).add(i);
		}
		double lowX = Double.MAX_VALUE, highX = -Double.MAX_VALUE, low = 100, high = 0;
		int c = 0;
		for (var line : lines.entrySet()) {
			int n = line.getValue().size();
			double[] x = new double[n], y = new double[n], sd = new double[n];
			for (int j = 0; j < n; j++) {
				int row = line.getValue().get(j);
				x[j] = knee.get(row, "threshold");
				y[j] = 100 * knee.get(row, "onset_loss");
				sd[j] = 100 * knee.get(row, "onset_loss_sd");
				lowX = Math.min(lowX, x[j]);
				highX = Math.max(highX, x[j]);
				if (!Double.isNaN(y[j])) {
					double bar = Double.isNaN(sd[j]) ? 0 : sd[j];
					low = Math.min(low, y[j] - bar);
					high = Math.max(high, y[j] + bar);
				}
			}
			plot.setColor(KNEE_COLORS[c++ % KNEE_COLORS.length]);
			plot.setLineWidth(2);
			plot.add("line", x, y);
			plot.setLabel(-1, line.getKey());
			plot.add("circle", x, y);
			if (!allNaN(sd)) plot.addErrorBars(sd);
		}
		plot.setColor(Color.BLACK);
		// The right part of the frame is kept free of data for the legend and the notes.
		plot.addLegend(null, "top-right");
		if (high < low) {
			low = 0;
			high = 100;
		}
		double span = highX > lowX ? highX - lowX : 0.1;
		double range = Math.max(high - low, 1);
		plot.setLimits(lowX - 0.05 * span, highX + 0.9 * span, Math.max(0, low - 0.1 * range),
			Math.min(100, high + 0.1 * range));
		plot.addLabel(0.62, 0.7, "Onset: the cell loss from");
		plot.addLabel(0.62, 0.75, "which value contrast stays");
		plot.addLabel(0.62, 0.8, "below 0.9; " + (seeds > 1 ? "mean \u00b1 SD," : "1 seed"));
		plot.addLabel(0.62, 0.85, (seeds > 1 ? seeds + " seeds" : "no error bars"));
		plot.addLabel(0.62, 0.92, "Hypothesis: flattening through");
		plot.addLabel(0.62, 0.97, "the " + readout + " readout's threshold");
		return plot;
	}

	/**
	 * Saves a plot as PNG with its title drawn above it: ImageJ shows a plot's title only as its
	 * window's, and a figure read outside ImageJ must say what it shows.
	 */
	public static void savePng(Plot plot, Path file) throws IOException {
		savePng(titled(plot), file);
	}

	/** The plot's image with a strip above it holding the title (wrapped to the width when long). */
	static ImagePlus titled(Plot plot) {
		ImageProcessor image = plot.getImagePlus().getProcessor();
		Font font = new Font(Font.SANS_SERIF, Font.BOLD, 13);
		ColorProcessor measure = new ColorProcessor(1, 1);
		measure.setFont(font);
		List<String> lines = wrap(plot.getTitle(), image.getWidth() - 20, measure);
		int lineHeight = measure.getFontMetrics().getHeight(), strip = lines.size() * lineHeight + 8;
		ColorProcessor out = new ColorProcessor(image.getWidth(), image.getHeight() + strip);
		out.setColor(Color.WHITE);
		out.fill();
		out.insert(image.convertToRGB(), 0, strip);
		out.setColor(Color.BLACK);
		out.setFont(font);
		out.setAntialiasedText(true);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			out.drawString(line, (out.getWidth() - out.getStringWidth(line)) / 2, 4 + (i + 1) * lineHeight);
		}
		return new ImagePlus(plot.getTitle(), out);
	}

	/** {@code text} broken at spaces into lines no wider than {@code width} pixels. */
	private static List<String> wrap(String text, int width, ImageProcessor measure) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.split(" ")) {
			String candidate = line.length() == 0 ? word : line + " " + word;
			if (measure.getStringWidth(candidate) > width && line.length() > 0) {
				lines.add(line.toString());
				line = new StringBuilder(word);
			}
			else line = new StringBuilder(candidate);
		}
		lines.add(line.toString());
		return lines;
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
