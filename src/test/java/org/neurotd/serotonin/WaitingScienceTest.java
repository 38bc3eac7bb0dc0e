package org.neurotd.serotonin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.WaitingCommand;
import org.neurotd.params.InvalidParameterException;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * Active waiting (Miyazaki et al. 2011, 2014, 2018), measured from the waiting.csv the waiting
 * command writes, over several seeds: serotonin activation lengthens waiting in omission trials
 * when reward is likely and not when it is not, and only through the agent's reading of the
 * serotonin spikes.
 */
class WaitingScienceTest {

	private static Context context;
	@TempDir
	static Path dir;

	@BeforeAll
	static void context() {
		context = new Context(CommandService.class, StatusService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	/** waiting.csv of a small run, by "probability,activation": {mean_wait_s, sem_s, serotonin_hz}. */
	private static Map<String, double[]> waiting(long seed, double patience) throws Exception {
		Path out = dir.resolve(seed + "-" + patience);
		if (!Files.isDirectory(out)) HeadlessRun.completed(context.service(CommandService.class), WaitingCommand.class, "probabilities", "0.25,0.75",
			"serotonin", 20, "trials", 240, "seeds", 4, "patience", patience, "seed", seed, "output", out.toFile());
		List<String> lines = Files.readAllLines(out.resolve("waiting.csv"));
		assertEquals("probability,activation,activation_hz,mean_wait_s,sem_s,omission_trials,serotonin_hz", lines.get(0));
		Map<String, double[]> cells = new LinkedHashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			cells.put(f[0] + "," + f[1], new double[] { Double.parseDouble(f[3]), Double.parseDouble(f[4]),
				Double.parseDouble(f[6]) });
		}
		assertEquals(4, cells.size(), cells.keySet().toString());
		return cells;
	}

	/** Light on minus light off, and the SEM of that difference. */
	private static double[] effect(Map<String, double[]> cells, String probability) {
		double[] off = cells.get(probability + ",off"), on = cells.get(probability + ",on");
		return new double[] { on[0] - off[0], Math.hypot(on[1], off[1]) };
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void activationLengthensWaitingWhenRewardIsLikelyAndNotWhenItIsNot(long seed) throws Exception {
		Map<String, double[]> cells = waiting(seed, 2);
		double[] likely = effect(cells, "0.75"), unlikely = effect(cells, "0.25");
		assertTrue(likely[0] > 1, "p = 0.75: activation lengthens waiting by " + likely[0] + " s (SEM " + likely[1] + ")");
		assertTrue(Math.abs(unlikely[0]) < 0.5, "p = 0.25: activation changes waiting by " + unlikely[0] + " s");
		assertTrue(likely[0] > unlikely[0] + 1, "the effect depends on the probability");
		assertTrue(cells.get("0.75,on")[2] > cells.get("0.75,off")[2] + 2, "the light raised serotonin firing");
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2 })
	void withoutReadingSerotoninActivationDoesNothingAndTheAgentLeavesSooner(long seed) throws Exception {
		Map<String, double[]> unread = waiting(seed, 0), read = waiting(seed, 2);
		double[] likely = effect(unread, "0.75");
		assertTrue(Math.abs(likely[0]) < Math.max(1, 3 * likely[1]), "patience 0: activation changes waiting by "
			+ likely[0] + " s (SEM " + likely[1] + ")");
		assertTrue(read.get("0.75,off")[0] > unread.get("0.75,off")[0] + 0.5, "serotonin holds the agent back: "
			+ read.get("0.75,off")[0] + " s read against " + unread.get("0.75,off")[0] + " s unread");
	}

	@Test
	void badProbabilitiesNameTheirKey() {
		for (String bad : List.of("0.5,0.25", "1", "0", "abc", "0.5,,0.75")) {
			var e = assertThrows(InvalidParameterException.class, () -> WaitingKeys.BLOCK.read(
				org.neurotd.params.Values.parse(WaitingKeys.BLOCK.keys(), Map.of("probabilities", bad))), bad);
			assertEquals("probabilities", e.parameter(), bad);
		}
		assertEquals(Arrays.asList(0.25, 0.5), WaitingParameters.probabilities("0.25, 0.5"));
	}
}
