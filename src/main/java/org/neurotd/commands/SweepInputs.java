package org.neurotd.commands;

import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neurotd.Version;
import org.neurotd.decode.Hypotheses;
import org.neurotd.decode.ReadoutKeys;
import org.neurotd.ij1.Plots;
import org.neurotd.ij1.Tables;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.params.Values;
import org.neurotd.parkinson.DegradationKeys;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.Reports;
import org.neurotd.report.Table;
import org.neurotd.sweep.CellFolder;
import org.neurotd.sweep.CellStore;
import org.neurotd.ij1.SweepOutputs;
import org.neurotd.sweep.LossSweep;
import org.neurotd.sweep.Shard;
import org.neurotd.sweep.ShardMerge;
import org.neurotd.sweep.SweepKeys;
import org.neurotd.sweep.SweepResult;
import org.scijava.plugin.Parameter;

/**
 * What the loss sweep and the demo share, a Parkinson's loss sweep: healthy recordings for
 * several seeds, each degraded at every loss level and decoded. Writes flattening.csv (means
 * over seeds), sweep.csv (every seed) and flattening.png.
 */
public abstract class SweepInputs extends SimulationInputs {

	/**
	 * The keys every sweep takes besides the simulation's: the loss levels and seeds, the lesion
	 * block without its loss (swept) and seed (each healthy seed's own), the readout block, where to
	 * write and whether to resume.
	 */
	static final List<Key<?>> INPUTS = join(List.of(SweepKeys.LOSSES, SweepKeys.SEEDS),
		DegradationKeys.BLOCK.keysExcept(DegradationKeys.LOSS, DegradationKeys.SEED), ReadoutKeys.BLOCK.keys(),
		OUTPUT_KEYS, List.of(RunKeys.RESUME));

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Loss levels", description = "Comma-separated fractions of neurons lost", persist = false)
	private String losses = "0,0.2,0.4,0.5,0.6,0.7,0.8,0.9,0.95";

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

	@Parameter(label = "Compensation cap", description = "Largest compensation factor (4 = complete up to 75 % loss)",
		min = "1", max = "100", persist = false)
	private double cap = 4;

	@Parameter(label = "Loss order",
		description = "Which neurons die first: any at random, or the ventral tier before the dorsal one (Fearnley"
			+ " & Lees 1991)", choices = { "random", "ventral_first" }, persist = false)
	private String loss_order = "random";

	@Parameter(label = "Striatal readout",
		description = "receptor: saturating, with a detection threshold (the flattening hypothesis); linear:"
			+ " release read as it is", choices = { "receptor", "linear" }, persist = false)
	private String readout = "receptor";

	@Parameter(label = "Detection threshold",
		description = "Smallest phasic concentration the receptors detect, as a fraction of a full burst", min = "0",
		max = "1", stepSize = "0.01", persist = false)
	private double threshold = 0.3;

	@Parameter(label = "Dopamine inputs per striatal locus",
		description = "How many dopamine neurons' terminals one striatal locus pools (an order-of-magnitude"
			+ " estimate); sets the spike and release noise", min = "1", max = "100000", persist = false)
	private int convergence = 1000;

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

	@Parameter(label = "Output folder",
		description = "Folder to write the result files and run.properties to (none: nothing is written)",
		style = "directory", required = false, persist = false)
	private File output;

	@Parameter(label = "Overwrite",
		description = "Replace files already in the output folder (otherwise the run stops before it starts)",
		persist = false)
	private boolean overwrite = false;

	@Parameter(label = "Resume",
		description = "Finish the unfinished sweep in the output folder, keeping the (seed, loss) cells it already"
			+ " computed", persist = false)
	private boolean resume = false;
	// END DECLARED INPUTS

	/** The files every sweep writes. */
	private static final String[] OUTPUTS = { "flattening.csv", "sweep.csv", "flattening.png" };

	/**
	 * Validates every input, checks memory and the output folder, then runs the sweep or one
	 * shard of it (keeping each finished cell in the output folder). The whole sweep stages its
	 * tables and plot; a shard of several stages its rows of sweep.csv and shard.txt, for the
	 * merge command.
	 *
	 * @param images full-size recording images the command builds besides (for the memory check)
	 * @param outputs files the command writes besides the sweep's
	 */
	protected SweepResult sweep(Shard shard, double images, String... outputs) {
		var simulation = simulation();
		Values given = values();
		double[] levels = SweepKeys.losses(given.get(SweepKeys.LOSSES));
		int seeds = SweepKeys.SEEDS.require(given.get(SweepKeys.SEEDS));
		var lesion = DegradationKeys.BLOCK.read(given.with(DegradationKeys.LOSS, 0.0));
		var read = ReadoutKeys.BLOCK.read(given);
		requireMemory(simulation, images);
		String[] sweepFiles = shard.count() > 1 ? new String[] { ShardMerge.ROWS, ShardMerge.MANIFEST } : OUTPUTS;
		String[] names = Arrays.copyOf(sweepFiles, sweepFiles.length + outputs.length);
		System.arraycopy(outputs, 0, names, sweepFiles.length, outputs.length);
		OutputFolder folder = outputFolder(names);
		CellStore cells = folder == null ? CellStore.NONE : cells(folder.path());
		SweepResult result = LossSweep.run(simulation, seeds, levels, lesion, read, threads(), cells, progress(),
			shard);
		if (shard.count() > 1) {
			info("Sweep shard " + shard + ": cells " + shard.first(seeds * levels.length) + " to "
				+ (shard.end(seeds * levels.length) - 1) + " of " + seeds * levels.length + " (seed x loss)");
			if (folder != null) {
				folder.text(ShardMerge.ROWS, Reports.sweep(result.rowsPerSeed(), result.firstSeed()).toCsv());
				folder.text(ShardMerge.MANIFEST, ShardMerge.manifest(shard, seeds, levels.length,
					ShardMerge.fingerprint(simulation, seeds, levels, lesion, read)));
			}
			return result;
		}
		Table flattening = SweepOutputs.flattening(result.rowsPerSeed());
		info("Flattening of value with loss (means over " + seeds + " seed(s)):\n" + flattening.toText());
		if (folder != null) SweepOutputs.stage(folder, result.rowsPerSeed(), result.firstSeed(), read.readout().key());
		if (interactive()) {
			Tables.toResultsTable(flattening).show("Flattening");
			Plots.flattening(flattening, read.readout().key()).show();
		}
		return result;
	}

	/** Moves the outputs into place, then drops the finished cells they were made from. */
	protected void commitSweep(OutputFolder folder) {
		commit(folder);
		CellFolder.delete(folder.path());
	}

	/** The finished cells kept in {@code out}: resumed, refused, or started afresh. */
	private CellStore cells(Path out) {
		boolean resume = values().get(RunKeys.RESUME);
		if (CellFolder.exists(out) && !resume && !values().get(RunKeys.OVERWRITE)) {
			throw new InvalidParameterException("output", out + " holds an unfinished sweep (" + CellFolder.cells(out)
				+ " finished cells in " + CellFolder.NAME + "); add resume=true to finish it, or overwrite=true to"
				+ " start again");
		}
		if (!resume) CellFolder.delete(out);
		Map<String, String> fingerprint = new TreeMap<>(parameters());
		fingerprint.put("command", getClass().getName());
		fingerprint.put("tool_version", Version.get());
		CellFolder cells = CellFolder.resume(out, fingerprint);
		int done = CellFolder.cells(out);
		if (resume && done > 0) info("Resuming: " + done + " finished cells kept from the unfinished sweep");
		return cells;
	}

	@Override
	protected List<String> hypotheses() {
		return Hypotheses.FLATTENING_STORY;
	}
}
