package org.neurotd.commands;

import ij.gui.Plot;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.neurotd.ij1.Plots;
import org.neurotd.ij1.StatePlot;
import org.neurotd.need.NeedKeys;
import org.neurotd.need.NeedParameters;
import org.neurotd.need.NeedSession;
import org.neurotd.need.PolarityFlip;
import org.neurotd.need.StateRow;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.SpikeTable;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Need state: the dopamine responses to a salt cue and to salt, replete and sodium depleted
 * (utility = need x outcome), read from recorded spikes (state.csv, state.png); optionally the
 * hunger/stress polarity flip, a hypothesis.
 */
@Plugin(type = Command.class, name = "state", priority = 21, menuPath = NeedStateCommand.MENU_PATH,
	label = NeedStateCommand.LABEL,
	description = "Need state: salt is aversive when replete and wanted after sodium depletion (Cone et al. 2016);"
		+ " the cue follows after experience under TD or at once under an incentive readout (Robinson & Berridge"
		+ " 2013); polarity: the hunger/stress flip to aversive errors, a hypothesis")
public class NeedStateCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Need State";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	/** The session block, then how to run and where to write. */
	static final List<Key<?>> INPUTS = join(NeedKeys.BLOCK.keys(), List.of(RunKeys.THREADS, RunKeys.SPIKES),
		OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Need when replete",
		description = "The need for salt of a sodium-replete animal: utility = need x outcome, negative when"
			+ " concentrated salt is aversive (Cone et al. 2016)", min = "-2", max = "2", persist = false)
	private double replete_need = -0.5;

	@Parameter(label = "Need when depleted",
		description = "The need for salt after sodium depletion (positive: salt is wanted)", min = "-2", max = "2",
		persist = false)
	private double depleted_need = 1;

	@Parameter(label = "Cue readout",
		description = "td: model-free TD, the cue's cached value changes only with new pairings (Schultz, Dayan &"
			+ " Montague 1997); incentive: the cue's value is its predicted outcome times the current need (Zhang,"
			+ " Berridge et al. 2009; Robinson & Berridge 2013)", choices = { "td", "incentive" }, persist = false)
	private String readout = "td";

	@Parameter(label = "Polarity flip (hypothesis)",
		description = "Hypothesis, no paper found: none; acute: a stress phase in which dopamine encodes aversive"
			+ " instead of reward errors, then recovery; chronic: the flip held through the recovery phase",
		choices = { "none", "acute", "chronic" }, persist = false)
	private String polarity = "none";

	@Parameter(label = "Training trials",
		description = "Replete trials before the recording, in which the salt cue is learned", min = "0", max = "10000",
		persist = false)
	private int training = 100;

	@Parameter(label = "Trials per phase",
		description = "Recorded trials in each phase; every fourth is an uncued salt delivery", min = "4", max = "1000",
		persist = false)
	private int trials = 40;

	@Parameter(label = "Neurons", description = "Dopamine neurons recorded", min = "1", max = "10000", persist = false)
	private int neurons = 200;

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same session, bit for bit",
		persist = false)
	private long seed = 1;

	@Parameter(label = "Threads", description = "Worker threads (0 = all cores); results do not depend on it",
		min = "0", max = "1024", persist = false)
	private int threads = 0;

	@Parameter(label = "Spike table",
		description = "Also write the recording's spikes as CSV (spikes.csv), one row per spike: population,"
			+ " trial, neuron, time_ms", persist = false)
	private boolean spikes = false;

	@Parameter(label = "Output folder",
		description = "Folder to write the result files and run.properties to (none: nothing is written)",
		style = "directory", required = false, persist = false)
	private File output;

	@Parameter(label = "Overwrite",
		description = "Replace files already in the output folder (otherwise the run stops before it starts)",
		persist = false)
	private boolean overwrite = false;
	// END DECLARED INPUTS

	@Override
	protected void execute() {
		NeedParameters p = NeedKeys.BLOCK.read(values());
		int workers = threads();
		OutputFolder folder = outputFolder(withSpikes(new String[] { "state.csv", "state.png" }, SpikeTable.FILE));
		NeedSession.Result r = NeedSession.run(p, workers, progress());
		Plot plot = StatePlot.of(r);
		if (folder != null) {
			folder.text("state.csv", NeedSession.csv(r.rows()));
			folder.file("state.png", f -> Plots.savePng(plot, f));
			spikeTable(folder, SpikeTable.FILE, List.of(SpikeTable.Source.of("dopamine", r.raster())));
			commit(folder);
		}
		for (NeedParameters.Phase phase : p.phases()) {
			List<StateRow> in = r.rows().stream().filter(row -> row.phase().equals(phase.name())).toList();
			info(String.format(Locale.ROOT, "%-9s need %5.2f%s: cue %6.2f Hz (first cued trial) %6.2f Hz (last),"
				+ " salt without the cue %6.2f Hz (mean)", phase.name(), phase.need(), phase.flipped()
					? ", polarity flipped (hypothesis)" : "", first(in, true), first(in, false), uncuedMean(in)));
		}
		if (interactive()) plot.show();
	}

	private static double first(List<StateRow> rows, boolean first) {
		List<StateRow> cued = rows.stream().filter(StateRow::cued).toList();
		return cued.isEmpty() ? Double.NaN : cued.get(first ? 0 : cued.size() - 1).cueHz();
	}

	private static double uncuedMean(List<StateRow> rows) {
		return rows.stream().filter(r -> !r.cued()).mapToDouble(StateRow::outcomeHz).average().orElse(Double.NaN);
	}

	@Override
	protected List<String> hypotheses() {
		if (PolarityFlip.parse(polarity) == PolarityFlip.NONE) return List.of();
		return List.of("polarity=" + polarity + ": in hunger or acute stress the dopamine population encodes aversive"
			+ " instead of reward prediction errors and the learning it teaches follows; chronic stress holds the flip"
			+ " (attributed by the seed to Andermann's lab; no paper showing it was found)");
	}
}
