package org.neurotd.commands;

import ij.ImagePlus;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.neurotd.ij1.OpponentOutputs;
import org.neurotd.ij1.Plots;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.recording.Recording;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.SpikeTable;
import org.neurotd.serotonin.Condition;
import org.neurotd.serotonin.OpponentKeys;
import org.neurotd.serotonin.OpponentLearning;
import org.neurotd.serotonin.OpponentMeasures;
import org.neurotd.serotonin.OpponentParameters;
import org.neurotd.serotonin.OpponentRecording;
import org.neurotd.serotonin.OpponentResult;
import org.neurotd.serotonin.OpponentSimulation;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Simulates dopamine and serotonin populations recorded together over reward and punishment
 * blocks: the recording (both populations), the PSTH per condition (psth.csv, psth.png) and the
 * tonic rates per block (blocks.csv), and the cue values learned by a reader of both channels
 * and by a reader of dopamine alone (learning.csv, learning.png; a hypothesis).
 */
@Plugin(type = Command.class, name = "opponent", priority = 15, menuPath = OpponentCommand.MENU_PATH,
	label = OpponentCommand.LABEL,
	description = "Dopamine and serotonin populations as opponents: reward, punishment and neutral trials in"
		+ " reward and punishment blocks; learners reading both channels or dopamine alone (hypothesis: without"
		+ " serotonin, learning from punishments and omissions is impaired)")
public class OpponentCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Simulate Opponent Populations";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	/** The opponent session block. */
	static final List<Key<?>> INPUTS = join(OpponentKeys.BLOCK.keys(), List.of(RunKeys.SPIKES), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Dopamine neurons", description = "Number of dopamine neurons recorded", min = "1",
		max = "10000", persist = false)
	private int dopamine = 50;

	@Parameter(label = "Serotonin neurons", description = "Number of serotonin neurons recorded", min = "1",
		max = "10000", persist = false)
	private int serotonin = 50;

	@Parameter(label = "Blocks", description = "Blocks of trials, alternating reward, punishment, reward, ...",
		min = "1", max = "100", persist = false)
	private int blocks = 4;

	@Parameter(label = "Trials per block", description = "Trials in each block (6 s apart: 40 trials = 4 minutes)",
		min = "3", max = "1000", persist = false)
	private int block_length = 40;

	@Parameter(label = "Training trials",
		description = "Trials of learning (the three cues in turn) before the recording", min = "0", max = "100000",
		persist = false)
	private int training = 300;

	@Parameter(label = "Reward probability", description = "Probability that the reward cue is followed by its reward",
		min = "0", max = "1", stepSize = "0.05", persist = false)
	private double probability = 0.75;

	@Parameter(label = "Block bias",
		description = "Share of a block's trials with its own cue (reward cue in reward blocks, punishment cue in"
			+ " punishment blocks); the rest split between the other two cues", min = "0.3333333333333333", max = "1",
		stepSize = "0.05", persist = false)
	private double block_bias = 0.6;

	@Parameter(label = "Salience fraction",
		description = "Share of dopamine neurons that burst to punishment as to reward (Matsumoto & Hikosaka"
			+ " 2009); the others code value and dip", min = "0", max = "1", stepSize = "0.05", persist = false)
	private double salience_fraction = 0;

	@Parameter(label = "Reward-cue-excited fraction",
		description = "Share of serotonin neurons excited by the reward cue (Cohen et al. 2015: the mirror image"
			+ " of dopamine is only partly supported, Dayan & Huys 2009)", min = "0", max = "1", stepSize = "0.05",
		persist = false)
	private double cue_excited_fraction = 0.2;

	@Parameter(label = "Serotonin rate (Hz)", description = "Mean tonic rate of the serotonin neurons", min = "0.1",
		max = "20", persist = false)
	private double serotonin_rate = 2.5;

	@Parameter(label = "Serotonin regularity",
		description = "Gamma shape of the serotonin neurons' interspike intervals (1 = Poisson; 8 = ISI CV 0.35)",
		min = "1", max = "100", persist = false)
	private double regularity = 8;

	@Parameter(label = "Tonic shift (Hz)",
		description = "Serotonin tonic rate change per unit of the slow average outcome (punishments minus rewards"
			+ " per trial): positive = higher in punishment blocks", min = "-5", max = "5", persist = false)
	private double tonic_shift = 1.5;

	@Parameter(label = "Tonic time constant (s)",
		description = "Time constant of the slow average outcome the serotonin tonic rate follows", min = "1",
		max = "3600", persist = false)
	private double tonic_tau = 60;

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same recording, bit for bit",
		persist = false)
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

	@Parameter(type = ItemIO.OUTPUT, label = "Recording")
	private ImagePlus recording;

	@Override
	protected void execute() {
		OpponentParameters p = OpponentKeys.BLOCK.read(values());
		OutputFolder folder = outputFolder(withSpikes(new String[] { "opponent.tif", "psth.csv", "blocks.csv",
			"psth.png", "learning.csv", "learning.png" }, SpikeTable.FILE));
		OpponentResult result = OpponentSimulation.run(p);
		OpponentMeasures.Psth psth = OpponentMeasures.psth(result);
		List<OpponentMeasures.Block> tonic = OpponentMeasures.blocks(result, OpponentSimulation.TASK.csTimeMs());
		Recording made = OpponentRecording.of(result);
		recording = RecordingImages.toImage(made, "Opponent recording (seed " + p.seed() + ")");
		ImagePlus plot = OpponentOutputs.psthPlot(psth);
		List<OpponentLearning.Point> learning = OpponentLearning.run(result);
		var learningPlot = OpponentOutputs.learningPlot(learning);
		if (folder != null) {
			folder.file("opponent.tif", f -> RecordingImages.saveTiff(recording, f));
			folder.text("psth.csv", psth.toCsv());
			folder.text("blocks.csv", OpponentMeasures.blocksCsv(tonic));
			folder.file("psth.png", f -> Plots.savePng(plot, f));
			spikeTable(folder, SpikeTable.FILE, SpikeTable.of(made));
			folder.text("learning.csv", OpponentLearning.csv(learning));
			folder.file("learning.png", f -> Plots.savePng(learningPlot, f));
			commit(folder);
		}
		for (OpponentMeasures.Block b : tonic) {
			info(String.format(java.util.Locale.ROOT, "block %d (%s): tonic dopamine %.2f Hz, serotonin %.2f Hz", b.block(),
				b.kind().key(), b.dopamineTonicHz(), b.serotoninTonicHz()));
		}
		info(String.format(java.util.Locale.ROOT, "ISI CV on neutral trials: dopamine %.2f, serotonin %.2f",
			OpponentMeasures.isiCv(result.dopamineSpikes(), result, Condition.NEUTRAL),
			OpponentMeasures.isiCv(result.serotoninSpikes(), result, Condition.NEUTRAL)));
		if (interactive()) plot.show();
	}
}
