package org.neurotd.commands;

import ij.gui.Plot;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.neurotd.forecast.Feed;
import org.neurotd.forecast.FeedKind;
import org.neurotd.forecast.ForecastCourse;
import org.neurotd.forecast.ForecastKeys;
import org.neurotd.forecast.ForecastParameters;
import org.neurotd.forecast.ForecastUpdates;
import org.neurotd.ij1.ForecastPlot;
import org.neurotd.ij1.Plots;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.report.OutputFolder;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * Forecast updates and the endless feed: the value, error and recorded dopamine firing through a
 * forecast that a second cue raises long before the outcome (forecast.csv, forecast.png), and the
 * errors of a feed with no last item against the same feed that ends (feed.csv, feed.png).
 */
@Plugin(type = Command.class, name = "forecast", priority = 24, menuPath = ForecastCommand.MENU_PATH,
	label = ForecastCommand.LABEL,
	description = "Dopamine at the moment a cue changes the expected outcome, long before it (read from recorded"
		+ " spikes), and the errors of an endless feed against the same feed that ends")
public class ForecastCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Forecast Updates";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	/** The forecast block and the worker threads. */
	static final List<Key<?>> INPUTS = join(ForecastKeys.BLOCK.keys(), List.of(RunKeys.THREADS), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Training trials",
		description = "Forecast trials (steady or raised, at random) learned by TD before the recorded probes",
		min = "0", max = "100000", persist = false)
	private int training = 2000;

	@Parameter(label = "Raise chance", description = "Chance that a second cue raises the forecast in a training trial",
		min = "0", max = "1", stepSize = "0.05", persist = false)
	private double raise_chance = 0.5;

	@Parameter(label = "Small reward",
		description = "What the first cue forecasts, and the reward of each rewarded feed item", min = "0", max = "10",
		persist = false)
	private double small_reward = 0.2;

	@Parameter(label = "Large reward", description = "What the raised forecast predicts (larger than the small reward)",
		min = "0", max = "10", persist = false)
	private double large_reward = 1;

	@Parameter(label = "Neurons", description = "Dopamine neurons recorded", min = "1", max = "100000", persist = false)
	private int neurons = 100;

	@Parameter(label = "Recorded trials",
		description = "Recorded repetitions of each probe sequence (steady, raised, surprise)", min = "1", max = "1000",
		persist = false)
	private int trials = 20;

	@Parameter(label = "Feed items", description = "Items per session of a feed", min = "2", max = "1000",
		persist = false)
	private int feed_items = 30;

	@Parameter(label = "Feed sessions",
		description = "Sessions of each feed: the ending feed replays its items, the endless one goes on with new ones",
		min = "1", max = "1000", persist = false)
	private int feed_sessions = 40;

	@Parameter(label = "Feed reward chance", description = "Chance that a feed item carries the small reward",
		min = "0", max = "1", stepSize = "0.05", persist = false)
	private double feed_reward_chance = 0.2;

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same numbers, bit for bit",
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

	@Override
	protected void execute() {
		ForecastParameters p = ForecastKeys.BLOCK.read(values());
		int workers = threads();
		OutputFolder folder = outputFolder("forecast.csv", "forecast.png", "feed.csv", "feed.png");
		List<ForecastCourse> courses = ForecastUpdates.run(p, workers, progress());
		List<Feed.Item> feed = Feed.run(p);
		Plot forecastPlot = ForecastPlot.forecast(courses), feedPlot = ForecastPlot.feed(feed, p.feedItems());
		if (folder != null) {
			folder.text("forecast.csv", ForecastUpdates.csv(courses));
			folder.file("forecast.png", f -> Plots.savePng(forecastPlot, f));
			folder.text("feed.csv", Feed.csv(feed));
			folder.file("feed.png", f -> Plots.savePng(feedPlot, f));
			commit(folder);
		}
		for (ForecastCourse c : courses) {
			info(String.format(Locale.ROOT, "%-8s largest error %.3f at %d ms", c.sequence().key(), max(c.delta()),
				argmax(c.delta()) * ForecastUpdates.STEP_MS));
		}
		for (FeedKind kind : FeedKind.values()) {
			info(String.format(Locale.ROOT, "%-8s feed: mean |error| over its last session %.4f", kind.key(),
				lastSessionError(feed, kind, p.feedItems())));
		}
		if (interactive()) {
			forecastPlot.show();
			feedPlot.show();
		}
	}

	private static double max(double[] v) {
		return v[argmax(v)];
	}

	private static int argmax(double[] v) {
		int best = 0;
		for (int i = 1; i < v.length; i++) if (v[i] > v[best]) best = i;
		return best;
	}

	private static double lastSessionError(List<Feed.Item> feed, FeedKind kind, int items) {
		List<Feed.Item> own = feed.stream().filter(i -> i.feed() == kind).toList();
		return own.subList(own.size() - items, own.size()).stream().mapToDouble(i -> Math.abs(i.delta())).average()
			.orElse(Double.NaN);
	}
}
