package org.neurotd.science;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.KneeCommand;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * The onset of flattening moves as the numbers that place it move, read from the knee.csv the
 * knee command writes over two seeds: more compensation moves it to higher loss, a higher
 * detection threshold to lower loss.
 */
class KneeSensitivityTest {

	@Test
	void theOnsetMovesWithCompensationAndThreshold(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("knee");
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			HeadlessRun.completed(context.service(CommandService.class), KneeCommand.class, "neurons", 500, "trials", 5,
				"seeds", 2, "caps", "2,8", "thresholds", "0.15,0.45", "output", out.toFile());
		}
		List<String> lines = Files.readAllLines(out.resolve("knee.csv"));
		assertEquals("cap,threshold,convergence,seeds,onset_loss,onset_loss_sd", lines.get(0));
		Map<String, Double> onset = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			double[] f = Arrays.stream(line.split(",", -1)).mapToDouble(v -> v.isEmpty() ? Double.NaN : Double.parseDouble(v))
				.toArray();
			onset.put(f[0] + "/" + f[1], f[4]);
		}
		assertEquals(4, onset.size(), lines.toString());
		for (double threshold : new double[] { 0.15, 0.45 }) {
			assertTrue(onset.get("8.0/" + threshold) > onset.get("2.0/" + threshold) + 0.05,
				"more compensation, later onset: " + onset);
		}
		for (double cap : new double[] { 2, 8 }) {
			assertTrue(onset.get(cap + "/0.15") > onset.get(cap + "/0.45") + 0.02, "higher threshold, earlier onset: "
				+ onset);
		}
		assertTrue(Files.size(out.resolve("knee.png")) > 1000);
	}
}
