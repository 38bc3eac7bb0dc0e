package org.neurotd.commands;

import ij.ImagePlus;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.neurotd.forage.ForageHypotheses;
import org.neurotd.forage.ForageKeys;
import org.neurotd.forage.ForageParameters;
import org.neurotd.forage.Forager;
import org.neurotd.forage.ForagerRecording;
import org.neurotd.ij1.ForagePlot;
import org.neurotd.ij1.Plots;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.report.OutputFolder;
import org.scijava.ItemIO;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The explore/exploit forager: a balance sweep in the restless four-armed bandit off and on a
 * stimulant (forage.csv, forage.png), patch leaving against the marginal value theorem
 * (patch.csv, patch.png), and the dopamine neurons of one forager driven by its own TD errors
 * (forage.tif, a recording like any other).
 */
@Plugin(type = Command.class, name = "forage", priority = 22, menuPath = ForageCommand.MENU_PATH,
	label = ForageCommand.LABEL,
	description = "A TD forager in a restless four-armed bandit and a patch-leaving task; its softmax inverse"
		+ " temperature and uncertainty bonus follow a dopamine : serotonin (octopamine : tyramine) balance"
		+ " (hypothesis), from explorer (ADHD-like) to exploiter, and a stimulant moves it along (hypothesis)")
public class ForageCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Explore/Exploit Forager";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	static final List<Key<?>> INPUTS = join(ForageKeys.BLOCK.keys(), List.of(RunKeys.THREADS), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Species",
		description = "primate: the balance is dopamine : serotonin; honeybee: octopamine : tyramine (the same model)",
		choices = { "primate", "honeybee" }, persist = false)
	private String species = "primate";

	@Parameter(label = "Balance",
		description = "The forager's dopamine : serotonin (or octopamine : tyramine) ratio, 1 = typical; its"
			+ " session drives the recorded dopamine neurons", min = "0.01", max = "100", stepSize = "0.1",
		persist = false)
	private double balance = 1;

	@Parameter(label = "Balances swept",
		description = "Comma-separated balances for the explorer-to-exploiter sweep (each a number from 0.01 to 100)",
		persist = false)
	private String balances = "0.25,0.5,1,2,4,8,16";

	@Parameter(label = "Stimulant",
		description = "Hypothesis: a stimulant raises dopamine (octopamine) by this fraction, balance x (1 +"
			+ " stimulant); the sweep is run off and on it (0 = off only)", min = "0", max = "10", stepSize = "0.1",
		persist = false)
	private double stimulant = 1;

	@Parameter(label = "Dopamine role",
		description = "Hypothesis, a model input: exploit (the seed's view: more dopamine, higher beta) or explore"
			+ " (Beeler et al. 2010: hyperdopaminergic mice exploit less)", choices = { "exploit", "explore" },
		persist = false)
	private String dopamine_role = "exploit";

	@Parameter(label = "Inverse temperature at balance 1 (1/point)",
		description = "Softmax inverse temperature of a forager of balance 1 (Daw et al. 2006 fitted 0.112)", min = "0",
		max = "100", stepSize = "0.01", persist = false)
	private double beta = 0.112;

	@Parameter(label = "Beta exponent",
		description = "beta = beta(1) x balance^exponent (a model input, not a finding)", min = "0", max = "5",
		stepSize = "0.1", persist = false)
	private double beta_exponent = 1;

	@Parameter(label = "Uncertainty bonus at balance 1 (points per point SD)",
		description = "Directed exploration: each arm's value gains this times its uncertainty (SD) at balance 1",
		min = "0", max = "100", stepSize = "0.1", persist = false)
	private double bonus = 1;

	@Parameter(label = "Bonus exponent",
		description = "bonus = bonus(1) / balance^exponent: dopamine lowers directed exploration (L-DOPA did,"
			+ " Chakroun et al. 2020; a model input)", min = "0", max = "5", stepSize = "0.1", persist = false)
	private double bonus_exponent = 1;

	@Parameter(label = "Bandit trials",
		description = "Trials of the restless four-armed bandit per forager (Daw et al. 2006 ran 300)", min = "10",
		max = "100000", persist = false)
	private int trials = 300;

	@Parameter(label = "Seeds",
		description = "Foragers per balance, each in its own world (all balances face the same worlds); errors are"
			+ " SEM over them", min = "1", max = "10000", persist = false)
	private int seeds = 20;

	@Parameter(label = "Richness (patches per min of travel)",
		description = "Comma-separated environment richness for the patch task: patches reached per minute of"
			+ " travel (travel time = 60 / richness s), each from 0.1 to 600", persist = false)
	private String richness = "3,6,12,30";

	@Parameter(label = "Patch visits",
		description = "Patch visits scored per environment and seed, after 2500 s of foraging that teach the"
			+ " average rate", min = "10", max = "100000", persist = false)
	private int patches = 300;

	@Parameter(label = "Patch depletion (s)",
		description = "Time constant of a patch's intake rate, r(t) = r0 exp(-t / depletion)", min = "1", max = "1000",
		persist = false)
	private double depletion = 8;

	@Parameter(label = "Fresh patch intake (points/s)",
		description = "Intake rate r0 of a fresh patch; harvests each second carry noise of SD 4.0 points", min = "1",
		max = "10000", persist = false)
	private double patch_yield = 50;

	@Parameter(label = "Dopamine neurons",
		description = "Dopamine neurons recorded while the forager of the chosen balance plays the bandit", min = "1",
		max = "100000", persist = false)
	private int neurons = 100;

	@Parameter(label = "Recorded trials", description = "The first bandit trials recorded (at most the bandit trials)",
		min = "1", max = "100000", persist = false)
	private int recorded = 60;

	@Parameter(label = "Seed",
		description = "Master seed: the same seed gives the same worlds, choices and spikes, bit for bit",
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
	protected void execute() {
		ForageParameters p = ForageKeys.BLOCK.read(values());
		RecordingImages.requireImageSize(p.neurons(), p.recorded(), ForagerRecording.TRIAL.durationMs());
		OutputFolder folder = outputFolder("forage.csv", "patch.csv", "forage.png", "patch.png", "forage.tif", "errors.csv", "errors.png");
		Forager.Result result = Forager.run(p, threads(), progress());
		recording = RecordingImages.toImage(result.recording(), "Forager's dopamine neurons (balance " + p.balance()
			+ ", seed " + p.seed() + ")");
		ImagePlus continuum = ForagePlot.continuum(result.continuum(), p.species(), p.seeds());
		ImagePlus patch = ForagePlot.patches(result.patches(), p.depletionS(), p.seeds());
		List<ForagerRecording.TrialResponse> responses = ForagerRecording.responses(result.recorded(), result.recording());
		ImagePlus errors = ForagePlot.errors(responses, p.balance());
		if (folder != null) {
			folder.text("forage.csv", Forager.forageCsv(result.continuum()));
			folder.text("patch.csv", Forager.patchCsv(result.patches()));
			folder.file("forage.png", f -> Plots.savePng(continuum, f));
			folder.file("patch.png", f -> Plots.savePng(patch, f));
			folder.file("forage.tif", f -> RecordingImages.saveTiff(recording, f));
			folder.text("errors.csv", ForagerRecording.errorsCsv(responses));
			folder.file("errors.png", f -> Plots.savePng(errors, f));
			commit(folder);
		}
		info("Along the " + p.species().balance() + " balance (hypothesis: the mapping to the choice rule is an input):");
		result.continuum().forEach(c -> info(Forager.summary(c)));
		result.patches().forEach(t -> info(String.format(Locale.ROOT,
			"richness %6.2f/min (travel %5.1f s): leaves after %5.2f s, marginal value theorem %5.2f s", t.richness(),
			t.travelS(), t.leaveTimeS(), t.mvtLeaveTimeS())));
		if (interactive()) {
			continuum.show();
			patch.show();
			errors.show();
		}
	}

	@Override
	protected List<String> hypotheses() {
		return ForageHypotheses.ALL;
	}
}
