package org.neurotd.commands;

import ij.ImagePlus;
import ij.gui.Plot;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.neurotd.decode.Hypotheses;
import org.neurotd.decode.ReadoutKeys;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.decode.ValueDecoding;
import org.neurotd.ij1.Plots;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.ij1.Tables;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.recording.Recording;
import org.neurotd.recording.SimulationKeys;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.Reports;
import org.neurotd.report.Table;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Decodes a (healthy or degraded) recording: the TD error read from its spikes, the value a
 * striatal critic learns from its neurons, and the flattening metrics.
 */
@Plugin(type = Command.class, name = "decode", priority = 30, menuPath = DecodeValueFunction.MENU_PATH,
	label = "Decode Value Function",
	description = "Decode the TD error and the learned value function from a recording; the flattening of value with"
		+ " loss (receptor readout) and active freezing (stay choices) are hypotheses")
public class DecodeValueFunction extends DopamineCommand {

	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + "Decode Value Function";

	/** The recording to decode and the readout block. */
	static final List<Key<?>> INPUTS = join(List.of(SimulationKeys.RECORDING), ReadoutKeys.BLOCK.keys(), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Recording",
		description = "A recording made by Simulate or Degrade Population (an open image or a recording TIFF)",
		persist = false)
	private ImagePlus recording;

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
	// END DECLARED INPUTS

	@Parameter(type = ItemIO.OUTPUT, label = "Value contrast (relative to healthy)")
	private double value_contrast;

	@Parameter(type = ItemIO.OUTPUT, label = "d' of the CS response")
	private double dprime;

	@Parameter(type = ItemIO.OUTPUT, label = "Stay fraction")
	private double stay_fraction;

	@Override
	protected void execute() {
		ReadoutParameters p = ReadoutKeys.BLOCK.read(values());
		Recording rec = RecordingImages.fromImage(recording);
		OutputFolder folder = outputFolder("decode.csv", "metrics.csv", "decode.png");
		ValueDecoding d = ValueDecoding.of(rec, p);
		value_contrast = d.metrics().valueContrast();
		dprime = d.metrics().dprime();
		stay_fraction = d.metrics().stayFraction();
		d.warnings().forEach(this::warn);
		Table decoded = Reports.decoding(d);
		Table metrics = Reports.metrics(d.metrics());
		if (folder != null) {
			folder.text("decode.csv", decoded.toCsv());
			folder.text("metrics.csv", metrics.toCsv());
			folder.file("decode.png", f -> Plots.savePng(plot(decoded), f));
			commit(folder);
		}
		info(String.format("value contrast %.3f, d' %.2f, stay fraction %.3f", value_contrast, dprime, stay_fraction));
		if (interactive()) {
			Tables.toResultsTable(metrics).show("Flattening metrics");
			plot(decoded).show();
		}
	}

	@Override
	protected String inputRecording() {
		return recording.getInfoProperty();
	}

	private static Plot plot(Table decoded) {
		return Plots.lines("Decoded error and learned value", decoded, "time_ms", "time (ms)",
			"error / value (full reward = 1)",
			new String[] { "decoded_rewarded", "decoded_omitted", "critic_value", "healthy_value" },
			new String[] { "decoded error, rewarded", "decoded error, omitted", "value learned from this recording",
				"value learned from the healthy population" });
	}

	@Override
	protected List<String> hypotheses() {
		return Hypotheses.FLATTENING_STORY;
	}
}
