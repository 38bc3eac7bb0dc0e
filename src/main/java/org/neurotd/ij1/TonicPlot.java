package org.neurotd.ij1;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.process.ColorProcessor;
import ij.process.ImageProcessor;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import org.neurotd.tonic.Envelope;
import org.neurotd.tonic.FreeOperantAgent;
import org.neurotd.tonic.TonicComponents;
import org.neurotd.tonic.TonicParameters;
import org.neurotd.tonic.TonicSession;
import org.neurotd.tonic.VigourRow;

/**
 * tonic.png, three panels over the session: the recorded signal's tonic component (and, with the
 * envelope on release, the spikes' own), its phasic response to each outcome, and the latency of
 * every response with each block's mean against the latency Niv et al.'s rule gives for the
 * reward rate collected.
 */
public final class TonicPlot {

	private static final Color TONIC = new Color(0x1f77b4), PHASIC = new Color(0x9a9a9a), FIRING = new Color(0x2ca02c),
		LATENCY = new Color(0xd62728);

	private TonicPlot() {}

	/** The three-panel figure of a session. */
	public static ImagePlus of(TonicSession.Result r) {
		ImageProcessor[] panels = { tonic(r).getProcessor(), phasic(r).getProcessor(), vigour(r).getProcessor() };
		int width = 0, height = 0;
		for (ImageProcessor p : panels) {
			width = Math.max(width, p.getWidth());
			height += p.getHeight();
		}
		ColorProcessor all = new ColorProcessor(width, height);
		all.setColor(Color.WHITE);
		all.fill();
		for (int i = 0, y = 0; i < panels.length; y += panels[i].getHeight(), i++) all.insert(panels[i].convertToRGB(), 0, y);
		return new ImagePlus("Tonic dopamine and vigour", all);
	}

	private static Plot tonic(TonicSession.Result r) {
		TonicParameters p = r.parameters();
		boolean release = p.envelope() == Envelope.RELEASE;
		Plot plot = panel("Tonic " + (release ? "release" : "firing") + ", as recorded (envelope=" + p.envelope().key()
			+ ", tau " + fmt(p.tonicTauS()) + " s)", (release ? "release" : "spikes") + " per neuron (Hz)");
		TonicComponents c = r.signal();
		double[] time = new double[c.tonicHz().length];
		for (int i = 0; i < time.length; i++) time[i] = (i + 0.5) * TonicComponents.BIN_MS / 1000.0;
		double low = min(c.tonicHz()), high = max(c.tonicHz());
		if (release) {
			low = Math.min(low, min(r.firing().tonicHz()));
			high = Math.max(high, max(r.firing().tonicHz()));
		}
		double top = high + 0.6 * (high - low);
		low -= 0.25 * (high - low);
		plot.setLimits(0, p.sessionS(), low, top);
		if (release) {
			plot.setColor(FIRING);
			plot.setLineWidth(1.5f);
			plot.add("line", time, r.firing().tonicHz());
			plot.setLabel(-1, "tonic firing (spikes; running median, 5 s)");
		}
		plot.setColor(TONIC);
		plot.setLineWidth(2);
		plot.add("line", time, c.tonicHz());
		plot.setLabel(-1, (release ? "tonic release" : "tonic firing") + " (running median, 5 s)");
		blocks(plot, p, low, top);
		plot.addLegend(null, "top-right");
		return plot;
	}

	private static Plot phasic(TonicSession.Result r) {
		TonicParameters p = r.parameters();
		List<FreeOperantAgent.Response> responses = r.behaviour().responses();
		Plot plot = panel("Phasic response to each outcome, as recorded", "phasic (Hz per neuron)");
		double low = min(r.responseHz()), high = max(r.responseHz());
		double top = high + 0.6 * (high - low);
		low -= 0.2 * (high - low);
		plot.setLimits(0, p.sessionS(), low, top);
		for (boolean rewarded : new boolean[] { false, true }) {
			List<Integer> at = java.util.stream.IntStream.range(0, responses.size())
				.filter(i -> responses.get(i).rewarded() == rewarded).boxed().toList();
			plot.setColor(rewarded ? LATENCY : PHASIC);
			plot.add("dot", at.stream().mapToDouble(i -> responses.get(i).timeMs() / 1000.0).toArray(),
				at.stream().mapToDouble(i -> r.responseHz()[i]).toArray());
			plot.setLabel(-1, (rewarded ? "rewarded" : "unrewarded") + " response (50-300 ms, minus tonic)");
		}
		blocks(plot, p, low, top);
		plot.addLegend(null, "top-right");
		return plot;
	}

	/** A session-long panel. */
	private static Plot panel(String title, String yLabel) {
		Plot plot = new Plot(title, "time (s)", yLabel);
		plot.setSize(760, 230);
		plot.setColor(Color.BLACK);
		plot.addLabel(0.01, 0.12, title);
		return plot;
	}

	/** Block boundaries and each block's schedule. */
	private static void blocks(Plot plot, TonicParameters p, double low, double high) {
		plot.setColor(Color.BLACK);
		plot.setLineWidth(1);
		for (int b = 0; b < p.blocks(); b++) {
			if (b > 0) plot.drawDottedLine(b * p.blockS(), low, b * p.blockS(), high, 2);
			plot.addText(fmt(p.rates().get(b)) + " rewards/s", b * p.blockS() + 0.03 * p.blockS(), low + 0.04 * (high - low));
		}
	}

	private static Plot vigour(TonicSession.Result r) {
		TonicParameters p = r.parameters();
		List<FreeOperantAgent.Response> responses = r.behaviour().responses();
		double[] t = new double[responses.size()], l = new double[responses.size()];
		for (int i = 0; i < t.length; i++) {
			t[i] = responses.get(i).timeMs() / 1000.0;
			l[i] = responses.get(i).latencyS();
		}
		Plot plot = panel("Vigour (Niv, Daw, Joel & Dayan 2007)", "latency (s)");
		double top = 1.6 * Math.min(max(l), 4 * r.blocks().stream().mapToDouble(VigourRow::latencyS).max().orElse(1));
		plot.setLimits(0, p.sessionS(), 0, top);
		plot.setColor(PHASIC);
		plot.add("dot", t, l);
		plot.setLabel(-1, "each response");
		blocks(plot, p, 0, top);
		int n = r.blocks().size();
		double[] mid = new double[n], mean = new double[n], optimum = new double[n];
		for (int b = 0; b < n; b++) {
			VigourRow row = r.blocks().get(b);
			mid[b] = b * p.blockS() + (TonicSession.settleMs(p) / 1000.0 + p.blockS()) / 2;
			mean[b] = row.latencyS();
			optimum[b] = Math.sqrt(p.vigourCost() / row.rewardRate());
		}
		plot.setColor(LATENCY);
		plot.setLineWidth(2);
		plot.add("circle", mid, mean);
		plot.setLabel(-1, "mean latency once the average settled");
		plot.setColor(Color.BLACK);
		plot.add("cross", mid, optimum);
		plot.setLabel(-1, "sqrt(C_v / R), R collected (the agent's rule)");
		plot.addLegend(null, "top-right");
		return plot;
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.3g", v);
	}

	private static double max(double[] v) {
		double m = Double.NEGATIVE_INFINITY;
		for (double x : v) m = Math.max(m, x);
		return m;
	}

	private static double min(double[] v) {
		double m = Double.POSITIVE_INFINITY;
		for (double x : v) m = Math.min(m, x);
		return m;
	}
}
