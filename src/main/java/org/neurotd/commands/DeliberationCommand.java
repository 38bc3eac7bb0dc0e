package org.neurotd.commands;

import ij.ImagePlus;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.neurotd.deliberation.DelayPoint;
import org.neurotd.deliberation.DeliberateDelays;
import org.neurotd.deliberation.DeliberationKeys;
import org.neurotd.deliberation.DeliberationParameters;
import org.neurotd.ij1.DeliberationPlot;
import org.neurotd.ij1.Plots;
import org.neurotd.params.Key;
import org.neurotd.report.OutputFolder;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Deliberate delays (hypothesis, the seed's proposal): accuracy and reward rate of an agent that
 * samples noisy evidence for a delay before each choice, against the delay, for each noise level
 * (delay.csv, delay.png).
 */
@Plugin(type = Command.class, name = "delay", priority = 23, menuPath = DeliberationCommand.MENU_PATH,
	label = DeliberationCommand.LABEL,
	description = "Hypothesis (the seed's proposal): a deliberation delay before each choice takes in more noisy"
		+ " evidence, so impulsive choices are worse in noise, while long delays cost time and the reward rate peaks")
public class DeliberationCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Deliberate Delays";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	/** The deliberation block. */
	static final List<Key<?>> INPUTS = join(DeliberationKeys.BLOCK.keys(), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Delays (ms)",
		description = "Deliberation delays before each choice, comma-separated, ascending, each an integer from 0"
			+ " to 10000", persist = false)
	private String delays = "0,100,200,300,400,600,800,1200,1600,2400,3200";

	@Parameter(label = "Noise levels",
		description = "Standard deviation of each evidence sample's noise (the signal is 1), comma-separated, each"
			+ " a number from 0 to 100", persist = false)
	private String noise_levels = "0.5,2,4";

	@Parameter(label = "Sampling rate (Hz)",
		description = "Evidence samples per second of deliberation (they arrive at random, Poisson)", min = "0.1",
		max = "1000", persist = false)
	private double sample_rate = 20;

	@Parameter(label = "Intertrial time (ms)",
		description = "Time each trial takes besides the deliberation (choice, outcome, next trial)", min = "1",
		max = "60000", persist = false)
	private int intertrial = 3000;

	@Parameter(label = "Trials", description = "Choices at each delay and noise level, per seed", min = "1",
		max = "100000", persist = false)
	private int trials = 1000;

	@Parameter(label = "Seeds",
		description = "Independent agents (seed, and seeds forked from it) the error bars are taken over", min = "1",
		max = "100", persist = false)
	private int seeds = 5;

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same numbers, bit for bit",
		persist = false)
	private long seed = 1;

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
	protected List<String> hypotheses() {
		return List.of("Deliberate delays (the seed's proposal): waiting before a choice to take in more noisy"
			+ " evidence improves the choice, at a cost in time");
	}

	@Override
	protected void execute() {
		DeliberationParameters p = DeliberationKeys.BLOCK.read(values());
		OutputFolder folder = outputFolder("delay.csv", "delay.png");
		List<DelayPoint> points = DeliberateDelays.run(p, progress());
		ImagePlus figure = DeliberationPlot.of(points, p.seeds());
		if (folder != null) {
			folder.text("delay.csv", DeliberateDelays.csv(points));
			folder.file("delay.png", f -> Plots.savePng(figure, f));
			commit(folder);
		}
		for (double noise : p.noiseLevels()) {
			DelayPoint best = points.stream().filter(q -> q.noise() == noise)
				.max((a, b) -> Double.compare(a.rewardRate(), b.rewardRate())).orElseThrow();
			info(String.format(Locale.ROOT, "noise %s (hypothesis): reward rate peaks at %d ms (%.3f /s, accuracy %.3f)",
				noise, best.delayMs(), best.rewardRate(), best.accuracy()));
		}
		if (interactive()) figure.show();
	}
}
