package org.neurotd.commands;

import java.io.File;
import java.util.Arrays;

import org.neurotd.decode.Readout;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.ij1.Plots;
import org.neurotd.ij1.SweepOutputs;
import org.neurotd.ij1.Tables;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.Reports;
import org.neurotd.report.Table;
import org.neurotd.sweep.LossSweep;
import org.neurotd.sweep.Shard;
import org.neurotd.sweep.ShardMerge;
import org.neurotd.sweep.SweepResult;
import org.scijava.plugin.Parameter;

/**
 * A Parkinson's loss sweep: healthy recordings for several seeds, each degraded at every loss
 * level and decoded. Writes flattening.csv (means over seeds), sweep.csv (every seed) and
 * flattening.png.
 */
public abstract class SweepInputs extends SimulationInputs {

	@Parameter(label = "Loss levels", description = "Comma-separated fractions of neurons lost",
		persist = false)
	protected String losses = "0,0.2,0.4,0.5,0.6,0.7,0.8,0.9,0.95";

	@Parameter(label = "Seeds", description = "Number of healthy recordings (seed, seed+1, ...) to average",
		min = "1", max = "10000", persist = false)
	protected int seeds = 1;

	@Parameter(label = "Terminal loss (denervation)", description = "Fraction of the survivors' striatal terminals"
		+ " also lost", min = "0", max = "0.99", stepSize = "0.05", persist = false)
	protected double denervation = 0;

	@Parameter(label = "Compensation", description = "Survivors raise release per spike to make up for the loss",
		persist = false)
	protected boolean compensation = true;

	@Parameter(label = "Compensation cap", description = "Largest compensation factor (4 = complete up to 75 % loss)",
		min = "1", max = "100", persist = false)
	protected double cap = 4;

	@Parameter(label = "Striatal readout", description = "receptor: saturating, with a detection threshold (the"
		+ " flattening hypothesis); linear: release read as it is", choices = { "receptor", "linear" }, persist = false)
	protected String readout = "receptor";

	@Parameter(label = "Detection threshold", description = "Smallest error the receptors detect, as a fraction of"
		+ " a full burst", min = "0", max = "1", stepSize = "0.01", persist = false)
	protected double threshold = 0.15;

	@Parameter(label = "Learning episodes", description = "CS+ trials (each with a CS- trial) the striatal critic"
		+ " learns from", min = "1", max = "100000", persist = false)
	protected int episodes = 400;

	@Parameter(label = "Stay bias", description = "Value of staying put in the stay/go choice", min = "-1", max = "1",
		persist = false)
	protected double stay_bias = 0.1;

	@Parameter(label = "Choice temperature", description = "Softmax temperature of the stay/go choice", min = "0.001",
		max = "10", persist = false)
	protected double temperature = 0.1;

	@Parameter(label = "Output folder", description = "Where to write the results (optional)", style = "directory",
		required = false, persist = false)
	protected File output;

	/** Runs the sweep and stages its tables and plot into {@code folder} (if any). */
	protected SweepResult sweep(OutputFolder folder) {
		return sweep(folder, Shard.WHOLE);
	}

	/**
	 * Runs one shard of the sweep. The whole sweep (one shard) stages its tables and plot; a
	 * shard of several stages its rows of sweep.csv and shard.txt, for the merge command.
	 */
	protected SweepResult sweep(OutputFolder folder, Shard shard) {
		var simulation = simulation();
		double[] levels = parseLosses(losses);
		var lesion = new DegradationParameters(0, denervation, compensation, cap, seed);
		var read = new ReadoutParameters(Readout.parse(readout), threshold, episodes, stay_bias, temperature);
		SweepResult result = LossSweep.run(simulation, seeds, levels, lesion, read, threads(threads), progress(), shard);
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
		if (folder != null) SweepOutputs.stage(folder, result.rowsPerSeed(), result.firstSeed());
		if (interactive()) {
			Tables.toResultsTable(flattening).show("Flattening");
			Plots.flattening(flattening).show();
		}
		return result;
	}

	/** Parses "0,0.2,0.5"; the error names {@code losses}. */
	static double[] parseLosses(String text) {
		try {
			double[] v = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
				.mapToDouble(Double::parseDouble).toArray();
			LossSweep.checkLosses(v);
			return v;
		}
		catch (NumberFormatException e) {
			throw new InvalidParameterException("losses", text, "a comma-separated list of fractions in [0, 1]");
		}
	}
}
