package org.neurotd.forage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.ForageCommand;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.population.SpikeRaster;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Recording;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.reproduce.Regeneration;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * The forager, read from the files the command writes (forage.csv, patch.csv, errors.csv,
 * forage.tif), for three master seeds of 40 foragers each. The balance's mapping to the choice
 * rule is an input; what is tested is what the choices and payoffs show: switching falls along
 * the continuum and the reward harvested peaks inside it, patch leaving follows the marginal
 * value theorem and shortens as the environment gets richer, and the recorded neurons fire for
 * the forager's own errors.
 */
class ForageScienceTest {

	private static final long[] MASTER_SEEDS = { 1, 2, 3 };
	private static Context context;
	@TempDir
	static Path dir;
	/** Per master seed: forage.csv's rows as column -> value. */
	private static final Map<Long, List<Map<String, Double>>> FORAGE = new HashMap<>();
	/** Per master seed: patch.csv's rows. */
	private static final Map<Long, List<Map<String, Double>>> PATCH = new HashMap<>();

	@BeforeAll
	static void run() throws Exception {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
		for (long seed : MASTER_SEEDS) {
			Path out = run("seed" + seed, "seed", seed, "seeds", 40, "trials", 500, "balances", "0.25,1,4,16", "neurons", 60, "patches", 100);
			FORAGE.put(seed, rows(out.resolve("forage.csv"), Forager.FORAGE_COLUMNS));
			PATCH.put(seed, rows(out.resolve("patch.csv"), Forager.PATCH_COLUMNS));
			for (String png : List.of("forage.png", "patch.png")) assertTrue(Files.size(out.resolve(png)) > 5000, png);
		}
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	/** Runs the command into a fresh folder {@code name} with {@code inputs} (name, value, ...). */
	static Path run(String name, Object... inputs) throws Exception {
		Path out = dir.resolve(name);
		Object[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(inputs), java.util.stream.Stream.of(
			"output", out.toFile())).toArray();
		HeadlessRun.completed(context.service(CommandService.class), ForageCommand.class, all);
		return out;
	}

	/** The rows of a CSV file whose header is {@code columns}. */
	static List<Map<String, Double>> rows(Path csv, String columns) throws Exception {
		List<String> lines = Files.readAllLines(csv);
		assertEquals(columns, lines.get(0));
		String[] names = columns.split(",");
		List<Map<String, Double>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] cells = line.split(",", -1);
			Map<String, Double> row = new HashMap<>();
			for (int c = 0; c < names.length; c++) row.put(names[c], cells[c].isEmpty() ? Double.NaN : Double.parseDouble(cells[c]));
			rows.add(row);
		}
		return rows;
	}

	private static List<Map<String, Double>> offStimulant(long seed) {
		return FORAGE.get(seed).stream().filter(r -> r.get("stimulant") == 0).toList();
	}

	private static List<Map<String, Double>> onStimulant(long seed) {
		return FORAGE.get(seed).stream().filter(r -> r.get("stimulant") > 0).toList();
	}

	/** Whether {@code a} exceeds {@code b} in {@code column} by more than twice their combined SEM. */
	private static boolean above(Map<String, Double> a, Map<String, Double> b, String column) {
		double se = Math.hypot(a.get(column + "_sem"), b.get(column + "_sem"));
		return a.get(column) - b.get(column) > 2 * se;
	}

	@Test
	void switchRateFallsAlongTheContinuum() {
		for (long seed : MASTER_SEEDS) {
			List<Map<String, Double>> rows = offStimulant(seed);
			assertEquals(4, rows.size());
			for (int k = 1; k < rows.size(); k++) {
				assertTrue(above(rows.get(k - 1), rows.get(k), "switch_rate"), "seed " + seed + ": switches fall from balance "
					+ rows.get(k - 1).get("balance") + " to " + rows.get(k).get("balance"));
			}
			assertTrue(rows.get(0).get("switch_rate") > 0.6, "the explorer switches on most trials");
			assertTrue(rows.get(rows.size() - 1).get("switch_rate") < 0.1, "the exploiter rarely switches");
		}
	}

	@Test
	void rewardHarvestedPeaksInsideTheContinuumAndRegretIsLeastThere() {
		for (long seed : MASTER_SEEDS) {
			List<Map<String, Double>> rows = offStimulant(seed);
			int peak = 0, least = 0;
			for (int k = 1; k < rows.size(); k++) {
				if (rows.get(k).get("reward_per_trial") > rows.get(peak).get("reward_per_trial")) peak = k;
				if (rows.get(k).get("regret") < rows.get(least).get("regret")) least = k;
			}
			Map<String, Double> first = rows.get(0), last = rows.get(rows.size() - 1), best = rows.get(peak);
			assertTrue(peak > 0 && peak < rows.size() - 1, "seed " + seed + ": reward peaks inside, at balance "
				+ best.get("balance"));
			assertTrue(above(best, first, "reward_per_trial"), "too much exploration costs reward, seed " + seed);
			assertTrue(above(best, last, "reward_per_trial"), "too little exploration costs reward, seed " + seed + ": "
				+ best.get("reward_per_trial") + " vs " + last.get("reward_per_trial"));
			assertTrue(least > 0 && least < rows.size() - 1, "seed " + seed + ": regret is least inside");
		}
	}

	@Test
	void hypothesisStimulantHelpsTheExplorerMostAndNotPastThePeak() {
		for (long seed : MASTER_SEEDS) {
			List<Map<String, Double>> off = offStimulant(seed), on = onStimulant(seed);
			assertTrue(above(on.get(0), off.get(0), "reward_per_trial"), "the ADHD-like explorer harvests more on it");
			int last = off.size() - 1;
			double gainExplorer = on.get(0).get("reward_per_trial") - off.get(0).get("reward_per_trial");
			double gainExploiter = on.get(last).get("reward_per_trial") - off.get(last).get("reward_per_trial");
			assertTrue(gainExploiter < 0.1 * gainExplorer, "seed " + seed + ": the exploiter gains little or loses: "
				+ gainExploiter + " vs " + gainExplorer);
		}
	}

	@Test
	void patchLeavingFollowsTheMarginalValueTheoremAndShortensInRicherEnvironments() {
		for (long seed : MASTER_SEEDS) {
			List<Map<String, Double>> rows = PATCH.get(seed);
			assertEquals(4, rows.size());
			for (int k = 0; k < rows.size(); k++) {
				Map<String, Double> r = rows.get(k);
				// One harvest interval: the resolution at which the forager decides.
				assertEquals(r.get("mvt_leave_time_s"), r.get("leave_time_s"), PatchForaging.HARVEST_S,
					"richness " + r.get("richness"));
				if (k > 0) {
					Map<String, Double> poorer = rows.get(k - 1);
					double se = Math.hypot(r.get("leave_time_sem_s"), poorer.get("leave_time_sem_s"));
					assertTrue(poorer.get("leave_time_s") - r.get("leave_time_s") > 2 * se,
						"leaves earlier at richness " + r.get("richness"));
				}
			}
		}
	}

	@Test
	void theRecordedNeuronsFireForTheForagersOwnErrors() throws Exception {
		Path out = dir.resolve("seed1");
		Recording recording = RecordingImages.open(out.resolve("forage.tif"));
		SpikeRaster raster = recording.dopamine().raster();
		assertEquals(60, raster.neurons());
		assertEquals(60, raster.trials());
		List<Map<String, Double>> trials = rows(out.resolve("errors.csv"), ForagerRecording.COLUMNS);
		double[] error = new double[trials.size()], response = new double[trials.size()];
		int[] histogram = new int[raster.durationMs()];
		for (int t = 0; t < trials.size(); t++) {
			assertEquals("arm" + trials.get(t).get("arm").intValue(), recording.events().get(t).choice().orElseThrow());
			raster.histogram(t, histogram);
			int outcome = ForagerRecording.TRIAL.rewardTimeMs();
			double spikes = 0, baseline = 0;
			for (int ms = outcome + 50; ms < outcome + 300; ms++) spikes += histogram[ms];
			for (int ms = 0; ms < ForagerRecording.TRIAL.csTimeMs(); ms++) baseline += histogram[ms];
			response[t] = (spikes / 0.25 - baseline / 0.5) / raster.neurons();
			error[t] = trials.get(t).get("outcome_error");
			assertEquals(trials.get(t).get("outcome_response_hz"), response[t], 1e-9, "errors.csv reads the spikes");
		}
		double r = new PearsonsCorrelation().correlation(error, response);
		assertTrue(r > 0.8, "outcome responses follow the forager's outcome errors: r = " + r);
		Recording again = Regeneration.recording(RecordingMetadata.write(recording), 1, 1, Progress.NONE);
		assertEquals(raster, again.dopamine().raster(), "the recording's protocol simulates it again, spike for spike");
		assertEquals(recording.events(), again.events());
	}

	@Test
	void hypothesisUnderBeelersDopamineRoleTheStimulantCostsTheTypicalForagerReward() throws Exception {
		for (long seed : MASTER_SEEDS) {
			Path out = run("explore" + seed, "seed", seed, "dopamine_role", "explore", "balances", "1", "seeds", 40,
				"richness", "6", "patches", 10, "neurons", 10, "recorded", 10);
			List<Map<String, Double>> rows = rows(out.resolve("forage.csv"), Forager.FORAGE_COLUMNS);
			Map<String, Double> off = rows.get(0), on = rows.get(1);
			assertTrue(above(on, off, "switch_rate"), "more dopamine, more switching, seed " + seed);
			assertTrue(above(off, on, "reward_per_trial"), "the typical forager already explores more than pays, seed "
				+ seed + ": " + off.get("reward_per_trial") + " off, " + on.get("reward_per_trial") + " on");
		}
	}

	@Test
	void honeybeesNameTheBalanceOctopamineToTyramineAndForageAlike() throws Exception {
		Path bee = run("honeybee", "species", "honeybee", "seeds", 5, "patches", 10, "neurons", 10, "recorded", 10);
		Path primate = run("primate", "species", "primate", "seeds", 5, "patches", 10, "neurons", 10, "recorded", 10);
		assertEquals(Files.readString(primate.resolve("forage.csv")), Files.readString(bee.resolve("forage.csv")));
		assertTrue(Files.readString(bee.resolve("run.properties")).contains("parameter.species = honeybee"));
	}
}
