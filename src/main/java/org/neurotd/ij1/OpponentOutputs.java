package org.neurotd.ij1;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import java.util.List;
import java.util.Map;

import org.neurotd.report.Table;
import org.neurotd.serotonin.Condition;
import org.neurotd.serotonin.OpponentLearning;
import org.neurotd.serotonin.OpponentMeasures;

/** The opponent session's plots: the two-panel PSTH and the learning curves. */
public final class OpponentOutputs {

	private OpponentOutputs() {}

	/** The two-panel PSTH: dopamine on the left, serotonin on the right, one line per condition. */
	public static ImagePlus psthPlot(OpponentMeasures.Psth psth) {
		ImageProcessor left = panel("Dopamine neurons", psth.timeMs(), psth.dopamineHz(), true).getProcessor();
		ImageProcessor right = panel("Serotonin neurons", psth.timeMs(), psth.serotoninHz(), false).getProcessor();
		ColorProcessor both = new ColorProcessor(left.getWidth() + right.getWidth(), Math.max(left.getHeight(),
			right.getHeight()));
		both.setColor(java.awt.Color.WHITE);
		both.fill();
		both.insert(left.convertToRGB(), 0, 0);
		both.insert(right.convertToRGB(), left.getWidth(), 0);
		return new ImagePlus("Opponent populations: PSTH per condition", both);
	}

	/** Learning curves of both readers (hypothesis): reward-cue and punishment-cue values against trial. */
	public static Plot learningPlot(List<OpponentLearning.Point> points) {
		Table t = new Table("trial", "reward_both", "reward_dopamine_only", "punishment_both", "punishment_dopamine_only");
		int trials = points.size() / 2;
		for (int k = 0; k < trials; k++) {
			OpponentLearning.Point both = points.get(k), da = points.get(trials + k);
			t.add(both.trial(), both.rewardCueValue(), da.rewardCueValue(), both.punishmentCueValue(),
				da.punishmentCueValue());
		}
		String title = "Opponent learning (hypothesis): dopamine minus serotonin vs dopamine alone";
		Plot plot = Plots.lines(title, t, "trial", "trial of the session", "learned cue value (reward = +1, puff = -1)",
			new String[] { "reward_both", "reward_dopamine_only", "punishment_both", "punishment_dopamine_only" },
			new String[] { "reward cue, both channels", "reward cue, dopamine only", "punishment cue, both channels",
				"punishment cue, dopamine only" });
		plot.setLimits(0, trials, -1.2, 1.4);
		return plot;
	}

	private static Plot panel(String title, double[] time, Map<Condition, double[]> rates, boolean legend) {
		Condition[] order = Condition.values();
		String[] columns = new String[order.length + 1];
		columns[0] = "time_ms";
		for (int c = 0; c < order.length; c++) columns[c + 1] = order[c].key();
		Table t = new Table(columns);
		for (int b = 0; b < time.length; b++) {
			double[] row = new double[columns.length];
			row[0] = time[b];
			for (int c = 0; c < order.length; c++) row[c + 1] = rates.containsKey(order[c]) ? rates.get(order[c])[b] : Double.NaN;
			t.add(row);
		}
		String[] labels = { "reward cue, reward", "reward cue, reward omitted", "punishment cue, air puff", "neutral cue" };
		String[] keys = java.util.Arrays.copyOfRange(columns, 1, columns.length);
		Plot plot = Plots.lines(title, t, "time_ms", "time in trial (ms)", "firing rate (Hz per neuron)", keys,
			legend ? labels : new String[keys.length]);
		plot.setColor(java.awt.Color.BLACK);
		plot.setJustification(Plot.LEFT);
		plot.addLabel(0, 0, title + " (population mean; cue at 500 ms, outcome at 1500 ms)");
		return plot;
	}
}
