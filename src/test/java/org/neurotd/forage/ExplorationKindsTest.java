package org.neurotd.forage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.ForageCommand;
import org.neurotd.commands.HeadlessRun;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * Directed and random exploration, as forage.csv measures them from the choices, come apart
 * (Wilson et al. 2014): at one inverse temperature a larger uncertainty bonus turns more of the
 * exploratory choices to the most uncertain arm, and at one bonus a lower inverse temperature
 * raises random exploration. Each run is one balance (1) with the mapping held flat, over three
 * master seeds.
 */
class ExplorationKindsTest {

	private static Context context;
	@TempDir
	static Path dir;

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	/** forage.csv's one row for a forager of {@code beta} and {@code bonus}. */
	private static Map<String, Double> row(long seed, double beta, double bonus) throws Exception {
		Path out = dir.resolve("s" + seed + "-beta" + beta + "-bonus" + bonus);
		// Both tests share the runs they have in common.
		if (!java.nio.file.Files.exists(out)) HeadlessRun.completed(context.service(CommandService.class), ForageCommand.class, "seed", seed, "beta", beta,
			"bonus", bonus, "balances", "1", "stimulant", 0.0, "seeds", 30, "richness", "6", "patches", 10, "neurons", 10,
			"recorded", 10, "output", out.toFile());
		List<Map<String, Double>> rows = ForageScienceTest.rows(out.resolve("forage.csv"), Forager.FORAGE_COLUMNS);
		return rows.get(0);
	}

	private static double directedShare(Map<String, Double> r) {
		return r.get("directed_exploration") / (r.get("directed_exploration") + r.get("random_exploration"));
	}

	@Test
	void aLargerBonusTurnsExplorationToTheMostUncertainArm() throws Exception {
		for (long seed = 1; seed <= 3; seed++) {
			Map<String, Double> none = row(seed, 0.4, 0), some = row(seed, 0.4, 1), much = row(seed, 0.4, 3);
			assertTrue(directedShare(none) < directedShare(some) && directedShare(some) < directedShare(much),
				"seed " + seed + ": directed share " + directedShare(none) + ", " + directedShare(some) + ", "
					+ directedShare(much));
			assertTrue(much.get("directed_exploration") > 3 * none.get("directed_exploration"), "seed " + seed);
		}
	}

	@Test
	void aLowerInverseTemperatureRaisesRandomExploration() throws Exception {
		for (long seed = 1; seed <= 3; seed++) {
			Map<String, Double> focused = row(seed, 0.4, 0), noisy = row(seed, 0.1, 0);
			assertTrue(noisy.get("random_exploration") > 2 * focused.get("random_exploration"), "seed " + seed + ": "
				+ noisy.get("random_exploration") + " vs " + focused.get("random_exploration"));
		}
	}
}
