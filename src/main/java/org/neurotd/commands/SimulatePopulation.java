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

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Neurons", description = "Number of dopamine neurons in the population", min = "1",
		max = "10000000", persist = false)
	private int neurons = 100;

	@Parameter(label = "Recorded trials", description = "Trials recorded after training (one image slice each)",
		min = "1", max = "100000", persist = false)
	private int trials = 20;

	@Parameter(label = "Training trials", description = "Trials of TD learning before the recording starts (0 = naive)",
		min = "0", max = "1000000", persist = false)
	private int training = 300;

	@Parameter(label = "Reward probability", description = "Probability that a trial is rewarded", min = "0", max = "1",
		stepSize = "0.05", persist = false)
	private double probability = 0.8;

	@Parameter(label = "Reward magnitude", description = "Reward size (1 = a full unpredicted reward)", min = "0",
		max = "10", persist = false)
	private double magnitude = 1;

	@Parameter(label = "CS time (ms)", description = "Onset of the conditioned stimulus, from the start of the trial",
		min = "0", max = "60000", persist = false)
	private int cs_time = 500;

	@Parameter(label = "Reward time (ms)",
		description = "When the reward arrives, from the start of the trial (not from the CS): after cs_time and"
			+ " before the end of the trial", min = "1", max = "60000", persist = false)
	private int reward_time = 1500;

	@Parameter(label = "Trial duration (ms)", description = "Length of a trial (at least 10 TD steps)", min = "100",
		max = "60000", persist = false)
	private int duration = 3000;

	@Parameter(label = "Stimulus representation",
		description = "How time since the CS is coded: complete serial compound (csc) or microstimulus",
		choices = { "csc", "microstimulus" }, persist = false)
	private String representation = "csc";

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same recording, bit for bit",
		persist = false)
	private long seed = 1;

	@Parameter(label = "Threads", description = "Worker threads (0 = all cores); results do not depend on it",
		min = "0", max = "1024", persist = false)
	private int threads = 0;

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
	public List<Key<?>> keys() {
		return join(SIMULATION, List.of(RunKeys.OUTPUT, RunKeys.OVERWRITE));
	}

	@Override
	protected void execute() {
		var parameters = simulation();
		requireMemory(parameters, 0); // the image is optional: made only if it fits, see below
		OutputFolder folder = outputFolder("raster.tif", "psth.csv", "td.csv", "timing.csv", "psth.png");
		Simulation.Result result = Simulation.run(parameters, threads(), progress());
		boolean image = RecordingImages.fits(result.recording());
		if (image) recording = RecordingImages.toImage(result.recording(), "Dopamine recording (seed " + parameters.seed() + ")");
		else info("No recording image (raster.tif): " + RecordingImages.pixels(result.recording()) + " pixels is more"
			+ " than fits (" + RecordingImages.MAX_PIXELS + ", and the memory left); psth.csv summarises the spikes");
		Table psth = Reports.psth(result.recording());
		Table td = Reports.td(result.trainedTrial(), parameters.task());
		Table timing = Reports.timing(result.probe(), parameters.task());
		if (folder != null) {
			if (image) folder.file("raster.tif", f -> RecordingImages.saveTiff(recording, f));
			folder.text("psth.csv", psth.toCsv());
			folder.text("td.csv", td.toCsv());
			folder.text("timing.csv", timing.toCsv());
			folder.file("psth.png", f -> Plots.savePng(psthPlot(psth), f));
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
