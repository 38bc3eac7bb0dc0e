package org.neurotd.commands;

import ij.ImagePlus;

import java.io.File;
import java.util.List;

import org.neurotd.ij1.Plots;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.ij1.Tables;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.recording.Simulation;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.Reports;
import org.neurotd.report.SpikeTable;
import org.neurotd.report.Table;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates a healthy dopamine population whose firing encodes the TD error: a recording image,
 * its PSTH (psth.csv), the model's own value and error (td.csv) and its error on probe trials
 * with the reward early or late (timing.csv).
 */
@Plugin(type = Command.class, name = "simulate", priority = 50, menuPath = SimulatePopulation.MENU_PATH,
	label = "Simulate Population",
	description = "Spiking dopamine neurons whose firing encodes the temporal-difference error")
public class SimulatePopulation extends SimulationInputs {

	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + "Simulate Population";

	/** Where to write. */
	static final List<Key<?>> INPUTS = join(List.of(RunKeys.SPIKES), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
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

	@Parameter(type = ItemIO.OUTPUT, label = "Recording")
	private ImagePlus recording;

	@Override
	protected void execute() {
		var parameters = simulation();
		requireMemory(parameters, 1);
		OutputFolder folder = outputFolder(withSpikes(new String[] { "raster.tif", "psth.csv", "td.csv", "timing.csv",
			"psth.png" }, SpikeTable.FILE));
		Simulation.Result result = Simulation.run(parameters, threads(), progress());
		recording = RecordingImages.toImage(result.recording(), "Dopamine recording (seed " + parameters.seed() + ")");
		Table psth = Reports.psth(result.recording());
		Table td = Reports.td(result.trainedTrial(), parameters.task());
		Table timing = Reports.timing(result.probe(), parameters.task());
		if (folder != null) {
			folder.file("raster.tif", f -> RecordingImages.saveTiff(recording, f));
			folder.text("psth.csv", psth.toCsv());
			folder.text("td.csv", td.toCsv());
			folder.text("timing.csv", timing.toCsv());
			folder.file("psth.png", f -> Plots.savePng(psthPlot(psth), f));
			spikeTable(folder, SpikeTable.FILE, SpikeTable.of(result.recording()));
			commit(folder);
		}
		info("Simulated " + parameters.neurons() + " neurons x " + parameters.trials() + " trials: "
			+ result.recording().dopamine().raster().spikeCount() + " spikes");
		if (interactive()) {
			Tables.toResultsTable(psth).show("PSTH");
			psthPlot(psth).show();
		}
	}

	static ij.gui.Plot psthPlot(Table psth) {
		return Plots.lines("Dopamine population PSTH", psth, "time_ms", "time (ms)", "firing rate (Hz per neuron)",
			new String[] { "rewarded_hz", "omitted_hz" }, new String[] { "rewarded trials", "omitted rewards" });
	}
}
