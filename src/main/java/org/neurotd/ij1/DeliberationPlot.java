package org.neurotd.ij1;

import ij.ImagePlus;
import ij.gui.Plot;

import java.awt.Color;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.neurotd.deliberation.DelayPoint;

/**
 * delay.png (hypothesis): accuracy and reward rate against the deliberation delay, one line per
 * noise level, with error bars of one standard error over seeds.
 */
public final class DeliberationPlot {

	private DeliberationPlot() {}

	/** The two panels of {@code points} (delay.csv's rows). */
	public static ImagePlus of(List<DelayPoint> points, int seeds) {
		String bars = seeds > 1 ? "mean \u00B1 SEM over " + seeds + " seeds" : "one seed: no error bars";
		Plot accuracy = panel("Hypothesis: deliberating longer chooses better in noise",
			"accuracy (share of better choices)", points, DelayPoint::accuracy, DelayPoint::accuracySem, bars);
		Plot rate = panel("Hypothesis: long delays cost time, the reward rate peaks",
			"reward rate (rewards per second)", points, DelayPoint::rewardRate, DelayPoint::rewardRateSem, bars);
		return Plots.sideBySide("Deliberate delays (hypothesis)", accuracy, rate);
	}

	private static Plot panel(String title, String yLabel, List<DelayPoint> points, ToDoubleFunction<DelayPoint> y,
		ToDoubleFunction<DelayPoint> err, String bars)
	{
		Plot plot = new Plot(title, "deliberation delay (ms)", yLabel);
		plot.setSize(560, 420);
		List<Double> noises = points.stream().map(DelayPoint::noise).distinct().toList();
		double low = Double.MAX_VALUE, high = 0, last = 1;
		for (DelayPoint q : points) {
			low = Math.min(low, y.applyAsDouble(q) - bars(err, q));
			high = Math.max(high, y.applyAsDouble(q) + bars(err, q));
			last = Math.max(last, q.delayMs());
		}
		double span = Math.max(high - low, 1e-9);
		plot.setLimits(0, last * 1.02, Math.max(0, low - 0.1 * span), high + 0.35 * span);
		for (int n = 0; n < noises.size(); n++) {
			double noise = noises.get(n);
			List<DelayPoint> series = points.stream().filter(q -> q.noise() == noise).toList();
			plot.setColor(Plots.color(n), Plots.color(n));
			plot.setLineWidth(2);
			plot.add("connected circle", series.stream().mapToDouble(DelayPoint::delayMs).toArray(),
				series.stream().mapToDouble(y).toArray());
			plot.addErrorBars(series.stream().mapToDouble(q -> bars(err, q)).toArray());
			plot.setLabel(-1, "noise sd " + noise);
		}
		plot.setColor(Color.BLACK);
		plot.setLineWidth(1);
		plot.setJustification(Plot.LEFT);
		plot.addLabel(0, 0, title);
		plot.addLabel(0.02, 0.97, bars);
		plot.addLegend(null, "top-right");
		return plot;
	}

	private static double bars(ToDoubleFunction<DelayPoint> err, DelayPoint q) {
		double e = err.applyAsDouble(q);
		return Double.isNaN(e) ? 0 : e;
	}
}
