package org.neurotd.commands;

import java.util.List;

import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.parkinson.Degradation;
import org.neurotd.parkinson.DegradationKeys;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationKeys;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.Reports;
import org.neurotd.report.SpikeTable;
import org.neurotd.sweep.Shard;
import org.neurotd.sweep.SweepResult;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The whole story in one run: train, record a healthy population, sweep Parkinson's loss and
 * decode. Writes the sweep's outputs plus healthy.tif, parkinson.tif (80 % loss) and psth.csv.
 */
@Plugin(type = Command.class, name = "demo", priority = 60, menuPath = DemoCommand.MENU_PATH,
	label = "Demo: Value Flattening",
	description = "Simulate, degrade at every loss level and decode: the flattening of value (a hypothesis) in one run")
public class DemoCommand extends SweepInputs {

	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + "Demo: Value Flattening";

	/** The spike tables of healthy.tif and parkinson.tif (with {@code spikes=true}). */
	static final String HEALTHY_SPIKES = "healthy-spikes.csv", PARKINSON_SPIKES = "parkinson-spikes.csv";

	/** The loss shown as parkinson.tif. */
	public static final double SHOWN_LOSS = 0.8;

	/** The demo's own key: its spike tables. */
	static final List<Key<?>> INPUTS = List.of(RunKeys.SPIKES.describe("Also write healthy.tif's and parkinson.tif's"
		+ " spikes as CSV (healthy-spikes.csv, parkinson-spikes.csv), one row per spike: population, trial, neuron,"
		+ " time_ms"));

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Spike table",
		description = "Also write healthy.tif's and parkinson.tif's spikes as CSV (healthy-spikes.csv,"
			+ " parkinson-spikes.csv), one row per spike: population, trial, neuron, time_ms", persist = false)
	private boolean spikes = false;
	// END DECLARED INPUTS

	/**
	 * The demo records 1000 neurons (10 trials keep its images small): with fewer, the spike
	 * noise the striatal critic learns from blurs the flattening curve.
	 */
	public DemoCommand() {
		declaredDefaults();
	}

	@Override
	public List<Key<?>> keys() {
		return super.keys().stream().map(k -> k.equals(SimulationKeys.NEURONS) ? SimulationKeys.NEURONS.withDefault(1000)
			: k.equals(SimulationKeys.TRIALS) ? SimulationKeys.TRIALS.withDefault(10) : k).toList();
	}

	@Override
	protected void execute() {
		SweepResult result = sweep(Shard.WHOLE, 1 + (1 - SHOWN_LOSS), withSpikes(new String[] { "healthy.tif",
			"parkinson.tif", "psth.csv" }, HEALTHY_SPIKES, PARKINSON_SPIKES));
		OutputFolder folder = preparedOutput();
		Recording healthy = result.firstHealthy() != null ? result.firstHealthy()
			: Simulation.run(simulation(), threads(), progress()).recording();
		Recording parkinson = Degradation.apply(healthy,
			DegradationKeys.BLOCK.read(values().with(DegradationKeys.LOSS, SHOWN_LOSS)));
		if (folder != null) {
			folder.file("healthy.tif", f -> RecordingImages.saveTiff(RecordingImages.toImage(healthy, "healthy"), f));
			folder.file("parkinson.tif", f -> RecordingImages.saveTiff(RecordingImages.toImage(parkinson, "parkinson"), f));
			folder.text("psth.csv", Reports.psth(healthy).toCsv());
			spikeTable(folder, HEALTHY_SPIKES, SpikeTable.of(healthy));
			spikeTable(folder, PARKINSON_SPIKES, SpikeTable.of(parkinson));
			commitSweep(folder);
		}
		if (interactive()) {
			RecordingImages.toImage(healthy, "Healthy recording").show();
			RecordingImages.toImage(parkinson, "Parkinson's recording (80 % loss)").show();
		}
	}
}
