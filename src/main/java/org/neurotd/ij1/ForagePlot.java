package org.neurotd.ij1;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.neurotd.forage.Forager;
import org.neurotd.forage.ForagerRecording;
import org.neurotd.forage.Measures;
import org.neurotd.forage.PatchForaging;
import org.neurotd.forage.Species;
import org.neurotd.params.Key;

/**
 * The forager's figures: forage.png, reward harvested, regret, and switches and exploration
 * along the balance, off and on the stimulant; patch.png, leaving times against
 * richness beside the marginal value theorem's; errors.png, the recorded neurons' responses
 * against the forager's own errors.
 */
public final class ForagePlot {

	private static final Color BLUE = new Color(0x1f77b4), RED = new Color(0xd62728), GREEN = new Color(0x2ca02c),
		PURPLE = new Color(0x9467bd);

	private ForagePlot() {}

	/** forage.png: the three panels side by side, the notes below them. */
	public static ImagePlus continuum(List<Forager.Point> points, Species species, int seeds) {
		String x = species.balance() + " balance (log scale)";
		Plot reward = panel("Reward harvested", x, "reward (points per trial)", points, "bottom-right",
			Measures::rewardPerTrial);
		series(reward, points, Measures::rewardPerTrial, BLUE, "reward per trial");
		Plot regret = panel("Regret (best arm's mean minus chosen arm's)", x, "regret (points per trial, log scale)",
			points, "top-right", Measures::regret);
		regret.setAxisYLog(true);
		series(regret, points, Measures::regret, RED, "regret");
		Plot choices = panel("Switching and exploration, from the choices", x, "fraction of trials", points, "top-right",
			Measures::switchRate, Measures::randomExploration, Measures::directedExploration);
		series(choices, points, Measures::switchRate, Color.BLACK, "switch rate");
		series(choices, points, Measures::randomExploration, GREEN, "random exploration");
		series(choices, points, Measures::directedExploration, PURPLE, "directed exploration");
		String stimulant = points.stream().anyMatch(p -> p.stimulant() > 0)
			? "Thick lines: off the stimulant; thin: on it (hypothesis: a stimulant raises " + species.raising()
				+ ", balance x (1 + stimulant)). " : "";
		return sideBySide("Explore/exploit forager along the " + species.balance() + " balance", List.of(reward, regret,
			choices), "Mean ± within-world SEM over " + seeds + " foragers per point, every point in the same worlds. "
				+ stimulant, "The balance sets beta and the uncertainty bonus: a model input (hypothesis), not a finding;"
				+ " what the choices and payoffs show is measured.");
	}

	/** patch.png: mean leaving time against richness, and the marginal value theorem's curve. */
	public static ImagePlus patches(List<Forager.Patch> patches, double depletionS, int seeds) {
		Plot plot = new Plot("Patch leaving against environment richness", "richness (patches per minute of travel,"
			+ " log scale)", "time in patch before leaving (s)");
		plot.setSize(560, 360);
		double[] x = patches.stream().mapToDouble(Forager.Patch::richness).toArray();
		double[] leave = patches.stream().mapToDouble(Forager.Patch::leaveTimeS).toArray();
		double[] sem = patches.stream().mapToDouble(p -> zeroIfNaN(p.leaveTimeSemS())).toArray();
		double left = Arrays.stream(x).min().orElse(1) / 1.5, right = Arrays.stream(x).max().orElse(1) * 1.5;
		double[] curveX = new double[60], curveY = new double[60];
		for (int i = 0; i < curveX.length; i++) {
			curveX[i] = left * Math.pow(right / left, i / (curveX.length - 1.0));
			curveY[i] = PatchForaging.mvtLeaveTimeS(depletionS, PatchForaging.travelS(curveX[i]));
		}
		double high = Math.max(Arrays.stream(curveY).max().orElse(1), Arrays.stream(leave).max().orElse(1));
		plot.setLimits(left, right, 0, high * 1.3);
		plot.setAxisXLog(true);
		plot.setColor(Color.GRAY);
		plot.setLineWidth(2);
		plot.add("line", curveX, curveY);
		plot.setLabel(-1, "marginal value theorem (Charnov 1976)");
		plot.setColor(RED, RED);
		plot.add("circle", x, leave);
		plot.addErrorBars(sem);
		plot.setLabel(-1, "TD forager (mean \u00B1 SEM over " + seeds + " seeds)");
		plot.setColor(Color.BLACK);
		plot.addLegend(null, "top-right");
		return sideBySide(plot.getTitle(), List.of(plot), "Richer environments (shorter travel) should mean earlier"
			+ " leaving; the forager learns", "the average rate by TD and leaves when its next harvest would fall below"
			+ " it.");
	}

	/** errors.png: the recorded neurons' responses against the forager's own TD errors, at the choice and the payoff. */
	public static ImagePlus errors(List<ForagerRecording.TrialResponse> trials, double balance) {
		String title = "Dopamine responses to the forager's own errors (balance " + Key.bound(balance) + ")";
		Plot plot = new Plot(title, "the forager's TD error (points)", "response (Hz per neuron, minus baseline)");
		plot.setSize(560, 380);
		double[][] xy = { trials.stream().mapToDouble(ForagerRecording.TrialResponse::outcomeError).toArray(),
			trials.stream().mapToDouble(ForagerRecording.TrialResponse::outcomeHz).toArray(),
			trials.stream().mapToDouble(ForagerRecording.TrialResponse::choiceError).toArray(),
			trials.stream().mapToDouble(ForagerRecording.TrialResponse::choiceHz).toArray() };
		double lowX = 0, highX = 0, lowY = 0, highY = 0;
		for (int i = 0; i < xy[0].length; i++) {
			lowX = Math.min(lowX, Math.min(xy[0][i], xy[2][i]));
			highX = Math.max(highX, Math.max(xy[0][i], xy[2][i]));
			lowY = Math.min(lowY, Math.min(xy[1][i], xy[3][i]));
			highY = Math.max(highY, Math.max(xy[1][i], xy[3][i]));
		}
		plot.setLimits(lowX - 1, highX + 1, lowY - 1, highY + 0.3 * (highY - lowY) + 1);
		plot.setColor(Color.GRAY);
		plot.drawLine(lowX - 1, 0, highX + 1, 0);
		plot.setColor(BLUE, BLUE);
		plot.add("circle", xy[0], xy[1]);
		plot.setLabel(-1, "at the payoff (payoff minus the chosen arm's value)");
		plot.setColor(PURPLE, PURPLE);
		plot.add("triangle", xy[2], xy[3]);
		plot.setLabel(-1, "at the choice (chosen arm's value minus the expected)");
		plot.setColor(Color.BLACK);
		plot.addLegend(null, "top-left");
		return sideBySide(title, List.of(plot), trials.size() + " trials, two points each: spikes 50-300 ms after the"
			+ " event,", "less the rate before the choice; 10 points of error drive one unit.");
	}

	/** A panel whose limits fit {@code measures} over {@code points} (with their error bars) and the legend. */
	@SafeVarargs
	private static Plot panel(String title, String x, String y, List<Forager.Point> points, String legend,
		ToDoubleFunction<Measures>... measures)
	{
		Plot plot = new Plot(title, x, y);
		plot.setSize(420, 340);
		double low = Double.POSITIVE_INFINITY, high = Double.NEGATIVE_INFINITY;
		double left = Double.POSITIVE_INFINITY, right = 0;
		for (Forager.Point p : points) {
			left = Math.min(left, p.balance());
			right = Math.max(right, p.balance());
			for (ToDoubleFunction<Measures> m : measures) {
				double v = m.applyAsDouble(p.mean()), e = zeroIfNaN(m.applyAsDouble(p.sem()));
				low = Math.min(low, v - e);
				high = Math.max(high, v + e);
			}
		}
		double span = Math.max(high - low, 1e-9);
		boolean top = legend.startsWith("top");
		// Room for the legend, a line per series: above the data or below it.
		double room = 0.12 * measures.length * (points.stream().anyMatch(p -> p.stimulant() > 0) ? 2 : 1) + 0.1;
		plot.setLimits(left / 1.4, right * 1.4, Math.max(low - (top ? 0.05 : room) * span, low * 0.8),
			high + (top ? room : 0.05) * span);
		plot.setAxisXLog(true);
		plot.setColor(Color.BLACK);
		plot.addLegend(null, legend);
		return plot;
	}

	/** One measure against the balance, off the stimulant (circles) and on it (boxes). */
	private static void series(Plot plot, List<Forager.Point> points, ToDoubleFunction<Measures> measure, Color color,
		String label)
	{
		List<Double> doses = points.stream().map(Forager.Point::stimulant).distinct().toList();
		for (double dose : doses) {
			List<Forager.Point> line = points.stream().filter(p -> p.stimulant() == dose).toList();
			double[] x = line.stream().mapToDouble(Forager.Point::balance).toArray();
			double[] y = line.stream().mapToDouble(p -> measure.applyAsDouble(p.mean())).toArray();
			double[] err = line.stream().mapToDouble(p -> zeroIfNaN(measure.applyAsDouble(p.sem()))).toArray();
			plot.setColor(color, color);
			plot.setLineWidth(dose == 0 ? 2 : 1);
			plot.add(dose == 0 ? "connected circle" : "connected box", x, y);
			plot.addErrorBars(err);
			plot.setLabel(-1, dose == 0 ? label : label + ", on the stimulant");
		}
		plot.setLineWidth(1);
	}

	/** The panels side by side, with lines of notes below them. */
	private static ImagePlus sideBySide(String title, List<Plot> panels, String... notes) {
		List<ImageProcessor> images = panels.stream().map(p -> p.getProcessor().convertToRGB()).toList();
		int width = images.stream().mapToInt(ImageProcessor::getWidth).sum();
		int height = images.stream().mapToInt(ImageProcessor::getHeight).max().orElse(0);
		int line = 18, header = 24;
		ColorProcessor all = new ColorProcessor(width, header + height + line * notes.length + 8);
		all.setColor(Color.WHITE);
		all.fill();
		all.setColor(Color.BLACK);
		all.setAntialiasedText(true);
		int x = 0;
		for (int i = 0; i < images.size(); i++) {
			all.insert(images.get(i), x, header);
			all.setFont(new java.awt.Font("SansSerif", java.awt.Font.BOLD, 14));
			all.drawString(panels.get(i).getTitle(), x + 20, header - 4);
			x += images.get(i).getWidth();
		}
		all.setFont(new java.awt.Font("SansSerif", java.awt.Font.PLAIN, 13));
		for (int i = 0; i < notes.length; i++) all.drawString(notes[i], 10, header + height + line * (i + 1));
		return new ImagePlus(title, all);
	}

	private static double zeroIfNaN(double v) {
		return Double.isNaN(v) ? 0 : v;
	}
}
