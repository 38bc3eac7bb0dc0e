package org.neurotd.commands;

import ij.ImagePlus;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.parkinson.Degradation;
import org.neurotd.parkinson.DegradationKeys;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.recording.Recording;
import org.neurotd.recording.SimulationKeys;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.SpikeTable;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** Models Parkinson's loss: removes a seeded fraction of a healthy recording's neurons. */
@Plugin(type = Command.class, name = "degrade", priority = 40, menuPath = DegradePopulation.MENU_PATH,
	label = "Degrade Population (Parkinson's loss)",
	description = "Remove a fraction of the dopamine neurons (and of their striatal terminals)")
public class DegradePopulation extends DopamineCommand {

	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + "Degrade Population (Parkinson's loss)";

	/** The recording to degrade and the lesion block. */
	static final List<Key<?>> INPUTS = join(List.of(SimulationKeys.RECORDING.describe("A healthy recording made by"
		+ " Simulate Population (an open image or a recording TIFF)")), DegradationKeys.BLOCK.keys(), List.of(RunKeys.SPIKES),
		OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Recording",
		description = "A healthy recording made by Simulate Population (an open image or a recording TIFF)",
		persist = false)
	private ImagePlus recording;

	@Parameter(label = "Cell loss", description = "Fraction of dopamine neurons lost", min = "0", max = "1",
		stepSize = "0.05", persist = false)
	private double loss = 0.8;

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

	@Parameter(label = "Seed", description = "Seed for which neurons are lost", persist = false)
	private long seed = 1;

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

	@Parameter(type = ItemIO.OUTPUT, label = "Degraded recording")
	private ImagePlus degraded;

	@Override
	protected void execute() {
		DegradationParameters p = DegradationKeys.BLOCK.read(values());
		Recording healthy = RecordingImages.fromImage(recording);
		if (healthy.dopamine().lesion().isPresent()) {
			throw new InvalidParameterException("recording", "'" + recording.getTitle() + "' is already degraded (loss="
				+ healthy.dopamine().lesion().get().loss() + "); degrade the healthy recording instead");
		}
		OutputFolder folder = outputFolder(withSpikes(new String[] { "degraded.tif" }, SpikeTable.FILE));
		Recording result = Degradation.apply(healthy, p);
		degraded = RecordingImages.toImage(result, "Degraded recording (loss " + p.loss() + ")");
		if (folder != null) {
			folder.file("degraded.tif", f -> RecordingImages.saveTiff(degraded, f));
			spikeTable(folder, SpikeTable.FILE, SpikeTable.of(result));
			commit(folder);
		}
		info("Kept " + result.dopamine().raster().neurons() + " of " + healthy.dopamine().raster().neurons()
			+ " neurons");
	}

	@Override
	protected String inputRecording() {
		return recording.getInfoProperty();
	}
}
