package org.neurotd.commands;

import ij.gui.Plot;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.neurotd.decode.Hypotheses;
import org.neurotd.decode.ReadoutKeys;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.ij1.Plots;
import org.neurotd.ij1.Tables;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.parkinson.DegradationKeys;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.release.ReleaseKeys;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.Table;
import org.neurotd.sweep.KneeKeys;
import org.neurotd.sweep.KneeSweep;
import org.neurotd.sweep.SweepKeys;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The sensitivity of the knee: the cell loss at which value starts to flatten, against the
 * compensation cap, the detection threshold and the inputs per striatal locus.
 */
@Plugin(type = Command.class, name = "knee", priority = 15, menuPath = KneeCommand.MENU_PATH,
	label = "Knee Sensitivity (Parkinson's)",
	description = "Loss sweeps over compensation caps, detection thresholds and inputs per locus: where value starts"
		+ " to flatten (contrast below 0.9) for each; the flattening itself is a hypothesis")
public class KneeCommand extends SimulationInputs {

	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + "Knee Sensitivity (Parkinson's)";

	/**
	 * The loss levels and seeds, the lesion block without its loss (swept), seed (each healthy
	 * seed's own) and cap (swept), the readout block without the swept threshold and convergence,
	 * the values to sweep, and where to write.
	 */
	static final List<Key<?>> INPUTS = join(List.of(KneeKeys.LOSSES, SweepKeys.SEEDS),
		DegradationKeys.BLOCK.keysExcept(DegradationKeys.LOSS, DegradationKeys.SEED, DegradationKeys.CAP),
		ReadoutKeys.BLOCK.keysExcept(ReadoutKeys.THRESHOLD, ReleaseKeys.CONVERGENCE),
		List.of(KneeKeys.CAPS, KneeKeys.THRESHOLDS, KneeKeys.CONVERGENCES), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Loss levels", description = "Comma-separated fractions of neurons lost", persist = false)
	private String losses = "0,0.5,0.6,0.65,0.7,0.75,0.8,0.85,0.9,0.95";

	@Parameter(label = "Seeds", description = "Number of healthy recordings (seed, seed+1, ...) to average", min = "1",
		max = "10000", persist = false)
	private int seeds = 1;

	@Parameter(label = "Terminal loss (denervation)",
		description = "Fraction of the survivors' striatal terminals also lost (0.3: striatal dopamine 80 % down"
			+ " at 71 % cell loss, as at motor onset)", min = "0", max = "0.99", stepSize = "0.05", persist = false)
	private double denervation = 0.3;

	@Parameter(label = "Compensation", description = "Survivors raise release per spike to make up for the loss",
		persist = false)
	private boolean compensation = true;

	@Parameter(label = "Loss order",
		description = "Which neurons die first: any at random, or the ventral tier before the dorsal one (Fearnley"
			+ " & Lees 1991)", choices = { "random", "ventral_first" }, persist = false)
	private String loss_order = "random";

	@Parameter(label = "Striatal readout",
		description = "receptor: saturating, with a detection threshold (the flattening hypothesis); linear:"
			+ " release read as it is", choices = { "receptor", "linear" }, persist = false)
	private String readout = "receptor";

	@Parameter(label = "Release events per spike",
		description = "Release events a healthy input's spike makes at the locus", min = "0.01", max = "100",
		stepSize = "0.1", persist = false)
	private double release_per_spike = 1;

	@Parameter(label = "Learning episodes",
		description = "CS+ trials (each with a CS- trial) the striatal critic learns from", min = "1", max = "100000",
		persist = false)
	private int episodes = 400;

	@Parameter(label = "Stay bias", description = "Value of staying put in the stay/go choice", min = "-1", max = "1",
		persist = false)
	private double stay_bias = 0.1;

	@Parameter(label = "Choice temperature", description = "Softmax temperature of the stay/go choice", min = "0.001",
		max = "10", persist = false)
	private double temperature = 0.1;

	@Parameter(label = "Compensation caps",
		description = "Comma-separated compensation caps to sweep (each a number from 1 to 100)", persist = false)
	private String caps = "2,4,8";

	@Parameter(label = "Detection thresholds",
		description = "Comma-separated detection thresholds to sweep (each a number from 0 to 1)", persist = false)
	private String thresholds = "0.15,0.3,0.45";

	@Parameter(label = "Inputs per locus",
		description = "Comma-separated numbers of dopamine inputs per striatal locus to sweep (each an integer"
			+ " from 1 to 100000)", persist = false)
	private String convergences = "1000";

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
		var simulation = simulation();
		Values given = values();
		double[] losses = SweepKeys.losses(given.get(KneeKeys.LOSSES));
		int seeds = SweepKeys.SEEDS.require(given.get(SweepKeys.SEEDS));
		double[] caps = KneeKeys.numbers(KneeKeys.CAPS, given.get(KneeKeys.CAPS), DegradationKeys.CAP);
		double[] thresholds = KneeKeys.numbers(KneeKeys.THRESHOLDS, given.get(KneeKeys.THRESHOLDS), ReadoutKeys.THRESHOLD);
		int[] convergences = KneeKeys.integers(KneeKeys.CONVERGENCES, given.get(KneeKeys.CONVERGENCES),
			ReleaseKeys.CONVERGENCE);
		DegradationParameters lesion = DegradationKeys.BLOCK.read(given.with(DegradationKeys.LOSS, 0.0));
		ReadoutParameters readout = ReadoutKeys.BLOCK.read(given);
		requireMemory(simulation, 0);
		OutputFolder folder = outputFolder("knee.csv", "knee.png");
		List<KneeSweep.Knee> knees = KneeSweep.run(simulation, seeds, losses, lesion, readout, caps, thresholds,
			convergences, threads(), progress());
		Table table = new Table("cap", "threshold", "convergence", "seeds", "onset_loss", "onset_loss_sd");
		for (KneeSweep.Knee k : knees) {
			table.add(k.cap(), k.threshold(), k.convergence(), k.seeds(), k.onset(), k.onsetSd());
		}
		Plot plot = Plots.knee(table, readout.readout().key());
		if (folder != null) {
			folder.text("knee.csv", table.toCsv());
			folder.file("knee.png", f -> Plots.savePng(plot, f));
			commit(folder);
		}
		for (KneeSweep.Knee k : knees) {
			info(String.format(Locale.ROOT, "cap %g, threshold %g, convergence %d: flattening from %.3f loss", k.cap(),
				k.threshold(), k.convergence(), k.onset()));
		}
		if (interactive()) {
			Tables.toResultsTable(table).show("Knee sensitivity");
			plot.show();
		}
	}

	@Override
	protected List<String> hypotheses() {
		return Hypotheses.FLATTENING_STORY;
	}
}
