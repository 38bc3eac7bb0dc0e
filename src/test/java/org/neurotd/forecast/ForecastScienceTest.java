package org.neurotd.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.ForecastCommand;
import org.neurotd.commands.HeadlessRun;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * Forecast updates and the endless feed, read from forecast.csv and feed.csv as the command
 * writes them: the dopamine population fires when a cue raises the forecast and not at the
 * outcome the update predicted; the first cue's response follows how often it is raised; a
 * forecast that is not raised dips at the time the update would have come; the endless feed's
 * errors stay while the ending feed's die away, over several seeds.
 */
class ForecastScienceTest {

	private static final int STEP = ForecastUpdates.STEP_MS, WINDOW_FROM = 50, WINDOW_TO = 300;
	private static Context context;
	@TempDir
	static Path dir;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	/**
	 * The output folder of a run with {@code inputs} (and 60 neurons), run once: each run is also
	 * one seed of the feed test, so the runs differ in seed as well.
	 */
	private static synchronized Path run(String name, Object... inputs) throws Exception {
		Path out = dir.resolve(name);
		if (Files.isDirectory(out)) return out;
		List<Object> args = new ArrayList<>(List.of("output", out.toFile(), "neurons", 60));
		args.addAll(List.of(inputs));
		HeadlessRun.completed(context.service(CommandService.class), ForecastCommand.class, args.toArray());
		assertTrue(Files.size(out.resolve("forecast.png")) > 1000, "forecast.png written");
		assertTrue(Files.size(out.resolve("feed.png")) > 1000, "feed.png written");
		return out;
	}

	private static Path defaults() throws Exception {
		return run("defaults", "seed", 1);
	}

	private static Path untrained() throws Exception {
		return run("untrained", "seed", 2, "training", 0);
	}

	private static Path rare() throws Exception {
		return run("rare", "seed", 3, "raise_chance", 0.2);
	}

	/** forecast.csv's columns by sequence: [value, delta, dopamine_hz] per 10 ms step. */
	private static Map<String, double[][]> forecast(Path out) throws Exception {
		List<String> lines = Files.readAllLines(out.resolve("forecast.csv"));
		assertEquals(ForecastUpdates.COLUMNS, lines.get(0));
		int steps = ForecastUpdates.DURATION_MS / STEP;
		Map<String, double[][]> bySequence = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] c = line.split(",");
			double[][] s = bySequence.computeIfAbsent(c[1], k -> new double[3][steps]);
			int t = Integer.parseInt(c[0]) / STEP;
			for (int j = 0; j < 3; j++) s[j][t] = Double.parseDouble(c[2 + j]);
		}
		assertEquals(3, bySequence.size());
		return bySequence;
	}

	/** Firing 50-300 ms after {@code eventMs} minus firing before the first cue, Hz per neuron. */
	private static double response(double[][] sequence, int eventMs) {
		return mean(sequence[2], (eventMs + WINDOW_FROM) / STEP, (eventMs + WINDOW_TO) / STEP)
			- mean(sequence[2], 0, ForecastUpdates.CUE_MS / STEP);
	}

	private static double mean(double[] v, int from, int to) {
		double s = 0;
		for (int t = from; t < to; t++) s += v[t];
		return s / (to - from);
	}

	/** The largest |delta| in the 100 ms from {@code eventMs}. */
	private static double deltaAt(double[][] sequence, int eventMs) {
		double m = 0;
		for (int t = eventMs / STEP; t < (eventMs + 100) / STEP; t++) m = Math.max(m, Math.abs(sequence[1][t]));
		return m;
	}

	@Test
	void dopamineFiresAtTheForecastUpdateAndNotAtTheOutcomeItPredicted() throws Exception {
		Map<String, double[][]> f = forecast(defaults());
		double[][] raised = f.get("raised"), surprise = f.get("surprise");
		double update = response(raised, ForecastUpdates.UPDATE_MS);
		double outcome = response(raised, ForecastUpdates.OUTCOME_MS);
		double unforecast = response(surprise, ForecastUpdates.OUTCOME_MS);
		assertTrue(update > 3, "burst at the update: " + update + " Hz");
		assertTrue(Math.abs(outcome) < 0.15 * update, "none at the predicted outcome: " + outcome + " Hz");
		assertTrue(unforecast > 2 * update, "the same reward unforecast bursts: " + unforecast + " Hz");
		assertTrue(deltaAt(raised, ForecastUpdates.UPDATE_MS) > 0.2, "delta at the update");
		assertTrue(deltaAt(raised, ForecastUpdates.OUTCOME_MS) < 0.05, "no delta at the predicted outcome");
		int after = (ForecastUpdates.UPDATE_MS + 100) / STEP;
		assertTrue(raised[0][after] > 2 * f.get("steady")[0][after], "the raised forecast is worth more");
	}

	@Test
	void beforeTrainingTheBurstIsAtTheOutcomeNotAtTheUpdate() throws Exception {
		double[][] raised = forecast(untrained()).get("raised");
		assertTrue(Math.abs(response(raised, ForecastUpdates.UPDATE_MS)) < 1, "no update response before learning");
		assertTrue(response(raised, ForecastUpdates.OUTCOME_MS) > 10, "the outcome bursts before learning");
	}

	@Test
	void aForecastThatIsNotRaisedDipsWhenTheUpdateWouldHaveCome() throws Exception {
		double[][] steady = forecast(defaults()).get("steady");
		double dip = response(steady, ForecastUpdates.UPDATE_MS);
		assertTrue(dip < -0.2, "dip at the missed update: " + dip + " Hz");
		double least = 0;
		for (int t = ForecastUpdates.UPDATE_MS / STEP; t < (ForecastUpdates.UPDATE_MS + 100) / STEP; t++) {
			least = Math.min(least, steady[1][t]);
		}
		assertTrue(least < -0.1, "negative delta at the missed update: " + least);
		assertTrue(Math.abs(response(steady, ForecastUpdates.OUTCOME_MS)) < 0.5, "the small reward is predicted");
	}

	@Test
	void theFirstCueRespondsToHowOftenItIsRaised() throws Exception {
		Map<String, double[][]> rare = forecast(rare());
		Map<String, double[][]> often = forecast(run("often", "seed", 4, "raise_chance", 0.8));
		double cueRare = response(rare.get("steady"), ForecastUpdates.CUE_MS);
		double cueOften = response(often.get("steady"), ForecastUpdates.CUE_MS);
		double updateRare = response(rare.get("raised"), ForecastUpdates.UPDATE_MS);
		double updateOften = response(often.get("raised"), ForecastUpdates.UPDATE_MS);
		assertTrue(cueOften > cueRare + 2, "cue response " + cueRare + " -> " + cueOften + " Hz");
		assertTrue(updateRare > updateOften + 2, "update response " + updateRare + " -> " + updateOften + " Hz");
	}

	@Test
	void theEndlessFeedsErrorsDoNotDecayToZeroWhileTheEndingFeedsDo() throws Exception {
		List<Path> seeds = List.of(defaults(), untrained(), rare());
		for (int seed = 1; seed <= seeds.size(); seed++) {
			List<String> lines = Files.readAllLines(seeds.get(seed - 1).resolve("feed.csv"));
			assertEquals(Feed.COLUMNS, lines.get(0));
			Map<String, List<Double>> errors = new HashMap<>();
			for (String line : lines.subList(1, lines.size())) {
				String[] c = line.split(",");
				errors.computeIfAbsent(c[0], k -> new ArrayList<>()).add(Math.abs(Double.parseDouble(c[3])));
			}
			int items = ForecastKeys.FEED_ITEMS.defaultValue(), sessions = ForecastKeys.FEED_SESSIONS.defaultValue();
			List<Double> endless = errors.get("endless"), ending = errors.get("ending");
			double endlessFirst = mean(endless, 0, 5 * items), endlessLast = mean(endless, (sessions - 5) * items, sessions * items);
			double endingFirst = mean(ending, 0, items), endingLast = mean(ending, (sessions - 5) * items, sessions * items);
			assertTrue(endlessLast > 0.5 * endlessFirst && endlessLast > 0.02,
				"seed " + seed + ": endless feed's errors stay, " + endlessFirst + " -> " + endlessLast);
			assertTrue(endingLast < 0.05 * endingFirst,
				"seed " + seed + ": ending feed's errors die away, " + endingFirst + " -> " + endingLast);
		}
	}

	private static double mean(List<Double> v, int from, int to) {
		return v.subList(from, to).stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
	}
}
