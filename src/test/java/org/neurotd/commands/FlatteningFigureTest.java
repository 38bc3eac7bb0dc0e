package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * The sweep's flattening table and figure as a scientist would publish them: losses sorted
 * whatever order they were given in, means with their spread over seeds, d' relative to loss 0,
 * and the hypotheses named in run.properties.
 */
class FlatteningFigureTest {

	@Test
	void lossesGivenOutOfOrderComeOutSortedWithSpreadOverSeeds(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("sweep");
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			HeadlessRun.completed(context.service(CommandService.class), LossSweepCommand.class, "neurons", 200,
				"trials", 3, "seeds", 3, "losses", "0.9,0,0.5", "episodes", 100, "output", out.toFile());
		}
		List<String> lines = Files.readAllLines(out.resolve("flattening.csv"));
		List<String> header = Arrays.asList(lines.get(0).split(","));
		double[][] rows = lines.subList(1, lines.size()).stream()
			.map(l -> Arrays.stream(l.split(",", -1)).mapToDouble(v -> v.isEmpty() ? Double.NaN : Double.parseDouble(v))
				.toArray())
			.toArray(double[][]::new);
		int loss = header.indexOf("loss"), seeds = header.indexOf("seeds"), dprime = header.indexOf("dprime");
		int relative = header.indexOf("relative_dprime"), sd = header.indexOf("dprime_sd");
		assertEquals(List.of(0.0, 0.5, 0.9), Arrays.stream(rows).map(r -> r[loss]).toList());
		for (double[] r : rows) {
			assertEquals(3, r[seeds]);
			assertEquals(r[dprime] / rows[0][dprime], r[relative], 1e-12, "d' relative to loss 0");
			assertTrue(r[sd] > 0, "d' varies between seeds");
		}
		List<String> sweep = Files.readAllLines(out.resolve("sweep.csv"));
		assertEquals(1 + 3 * 3, sweep.size(), "sweep.csv keeps every seed");
		String run = Files.readString(out.resolve("run.properties"));
		assertTrue(run.contains("hypothesis.1 = value flattens") && run.contains("hypothesis.2 = flattened values make"
			+ " staying put win: active freezing"), run);
	}
}
