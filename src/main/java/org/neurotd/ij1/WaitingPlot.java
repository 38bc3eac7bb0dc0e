package org.neurotd.ij1;

import ij.gui.Plot;

import java.awt.Color;
import java.util.List;

import org.neurotd.params.Key;
import org.neurotd.serotonin.ActiveWaiting;
import org.neurotd.serotonin.WaitingParameters;

/** The active-waiting plot: waiting time in omission trials against reward probability, light off and on. */
public final class WaitingPlot {

	private static final Color OFF = new Color(0x1f77b4), ON = new Color(0xd62728);
	private static final Color[] PROBABILITY = { new Color(0x1f77b4), new Color(0x2ca02c), new Color(0xff7f0e),
		new Color(0xd62728), new Color(0x9467bd) };
	/** Steps shown only while this many trials still wait (fewer make a noisy tail). */
	private static final int FEWEST_TRIALS = 10;

	private WaitingPlot() {}

	/** Mean waiting time with error bars of one SEM over agents, one line without and one with the light. */
	public static Plot of(List<ActiveWaiting.Cell> cells, WaitingParameters p) {
		String spread = p.seeds() > 1 ? "mean \u00b1 SEM, " + p.seeds() + " agents" : "1 agent, no error bars";
		String title = "Active waiting in omission trials, serotonin activation off and on (" + spread + ")";
		Plot plot = new Plot(title, "reward probability", "waiting time in omission trials (s)");
		plot.setSize(720, 440);
		double high = 0;
		for (boolean light : new boolean[] { false, true }) {
			List<ActiveWaiting.Cell> line = cells.stream().filter(c -> c.activated() == light).toList();
			double[] x = line.stream().mapToDouble(ActiveWaiting.Cell::probability).toArray();
			double[] y = line.stream().mapToDouble(ActiveWaiting.Cell::meanWaitS).toArray();
			double[] sem = line.stream().mapToDouble(c -> Double.isNaN(c.semS()) ? 0 : c.semS()).toArray();
			for (int i = 0; i < y.length; i++) high = Math.max(high, y[i] + sem[i]);
			plot.setColor(light ? ON : OFF);
			plot.setLineWidth(2);
			plot.add("line", x, y);
			plot.setLabel(-1, light ? "serotonin activation (+" + Key.bound(p.activationHz()) + " Hz)" : "no activation");
			plot.add("circle", x, y);
			if (p.seeds() > 1) plot.addErrorBars(sem);
		}
		plot.setColor(Color.BLACK);
		plot.addLegend(null, "top-left");
		plot.setLimits(0, 1, 0, 1.15 * high + 1e-9);
		plot.setJustification(Plot.LEFT);
		plot.addLabel(0, 0, title);
		plot.addLabel(0.55, 0.86, "reward at " + Key.bound(p.delayS()) + " s if it comes; timing CV "
			+ Key.bound(p.timingCv()));
		plot.addLabel(0.55, 0.92, "patience " + Key.bound(p.patience()) + "; omissions end at "
			+ Key.bound(ActiveWaiting.MAX_WAIT_S) + " s");
		return plot;
	}

	/**
	 * The serotonin population's rate against time since waiting began, in omission trials, one
	 * colour per probability, thick without and thin with the light, while at least
	 * {@link #FEWEST_TRIALS} trials still wait.
	 */
	public static Plot serotonin(List<ActiveWaiting.Trace> traces) {
		String title = "Serotonin neurons while waiting in omission trials (population mean over trials still waiting)";
		Plot plot = new Plot(title, "time since waiting began (s)", "serotonin rate (Hz per neuron)");
		plot.setSize(720, 440);
		List<Double> probabilities = traces.stream().map(ActiveWaiting.Trace::probability).distinct().toList();
		double high = 0, end = 1;
		for (ActiveWaiting.Trace t : traces) {
			int n = 0;
			while (n < t.hz().length && t.waiting()[n] >= FEWEST_TRIALS) n++;
			if (n == 0) continue;
			double[] x = new double[n], y = java.util.Arrays.copyOf(t.hz(), n);
			for (int k = 0; k < n; k++) {
				x[k] = (k + 1) * ActiveWaiting.STEP_MS / 1000.0;
				high = Math.max(high, y[k]);
			}
			end = Math.max(end, x[n - 1]);
			plot.setColor(PROBABILITY[probabilities.indexOf(t.probability()) % PROBABILITY.length]);
			plot.setLineWidth(t.activated() ? 1 : 2);
			plot.add("line", x, y);
			plot.setLabel(-1, "p = " + Key.bound(t.probability()) + (t.activated() ? ", activation" : ""));
		}
		plot.setColor(Color.BLACK);
		plot.addLegend(null, "top-right");
		plot.setLimits(0, Math.ceil(1.25 * end), 0, 1.3 * high + 1e-9);
		plot.setJustification(Plot.LEFT);
		plot.addLabel(0, 0, title);
		return plot;
	}
}
