package org.neurotd.ij1;

import ij.ImagePlus;
import ij.gui.Plot;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neurotd.errorsurface.Bump;
import org.neurotd.errorsurface.ErrorSurface;
import org.neurotd.errorsurface.Surface;

/**
 * The figures of the prediction-error surface: mds96.png (the error over trials and time at the
 * first and last trace decay, and the recorded population at the first) and bumps.png (the
 * intermediate-time response against lambda).
 */
public final class SurfacePlot {

	/** What the paper's Figure 5 shows, for the caption beside ours. */
	public static final List<String> PAPER = List.of(
		"The paper's Figure 5 (Montague, Dayan & Sejnowski 1996), as its text describes it: the model's prediction error over"
			+ " trials and time in the trial;",
		"at first a burst at the reward, which moves back to the light over training; a dip at the time the reward was due"
			+ " where it is withheld; in extinction the light's response fades.");

	private SurfacePlot() {}

	/** mds96.png: three heat maps, trial 1 at the top. */
	public static ImagePlus surfaces(List<Surface> surfaces, List<Integer> withheldRows, int extinctionRow) {
		Surface first = surfaces.get(0), last = surfaces.get(surfaces.size() - 1);
		double errorLimit = Math.max(limit(first.delta()), limit(last.delta()));
		List<Heatmap.Panel> panels = List.of(
			panel("Model error, lambda " + first.lambda(), first.delta(), errorLimit, "delta", withheldRows, extinctionRow),
			panel("Model error, lambda " + last.lambda(), last.delta(), errorLimit, "delta", withheldRows, extinctionRow),
			panel("Recorded dopamine, lambda " + first.lambda(), first.dopamineHz(), limit(first.dopamineHz()),
				"Hz per neuron minus baseline", withheldRows, extinctionRow));
		List<String> caption = new ArrayList<>(List.of("Light at " + ErrorSurface.CUE_MS + " ms, reward at "
			+ ErrorSurface.REWARD_MS + " ms; ticks on the right: reward withheld; dashed line: extinction starts."));
		caption.addAll(PAPER);
		return Heatmap.figure("Prediction error over trials and time (complete serial compound, TD(lambda))", panels,
			caption, 5, 2);
	}

	private static Heatmap.Panel panel(String title, double[][] values, double limit, String bar, List<Integer> marked,
		int line)
	{
		return new Heatmap.Panel(title, values, 0, ErrorSurface.STEP_MS, 1, limit, "time in trial (ms)", "trial", bar,
			marked, line);
	}

	/** The 99th percentile of |values|: the colour scale's end, not set by single noisy bins. */
	private static double limit(double[][] values) {
		double[] all = Arrays.stream(values).flatMapToDouble(Arrays::stream).map(Math::abs).sorted().toArray();
		double v = all[(int) Math.min(all.length - 1, Math.floor(0.99 * all.length))];
		return v > 0 ? v : 1;
	}

	/** bumps.png: the intermediate-time response against lambda, mean and SEM over the acquisition trials. */
	public static Plot bumps(List<Bump> bumps) {
		Plot plot = new Plot("Intermediate-time bumps against the trace decay lambda", "lambda",
			"Hz per neuron, " + ErrorSurface.INTERMEDIATE_FROM_MS + "-" + ErrorSurface.INTERMEDIATE_TO_MS + " ms");
		plot.setSize(560, 380);
		double[] x = bumps.stream().mapToDouble(Bump::lambda).toArray();
		double[] y = bumps.stream().mapToDouble(Bump::bumpHz).toArray();
		double[] err = bumps.stream().mapToDouble(b -> Double.isNaN(b.bumpSemHz()) ? 0 : b.bumpSemHz()).toArray();
		double high = 0, low = 0;
		for (int i = 0; i < y.length; i++) {
			high = Math.max(high, y[i] + err[i]);
			low = Math.min(low, y[i] - err[i]);
		}
		plot.setLimits(-0.05, 1.05, low - 0.1 * (high - low) - 1e-9, high + 0.4 * (high - low) + 1e-9);
		plot.setColor(new Color(0xd62728), new Color(0xd62728));
		plot.setLineWidth(2);
		plot.add("connected circle", x, y);
		plot.addErrorBars(err);
		plot.setLabel(-1, "from the spikes, mean \u00B1 SEM over acquisition trials");
		plot.setColor(Color.BLACK);
		plot.setLineWidth(1);
		plot.drawLine(-0.05, 0, 1.05, 0);
		plot.addLegend(null, "top-right");
		return plot;
	}
}
