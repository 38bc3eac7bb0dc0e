package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/** The selection command writes its tables and plot, and selection.csv is the mean of subjects.csv. */
class SelectionCommandTest {

	@Test
	void writesTheGroupMeansTheSubjectsAndThePlot(@TempDir Path dir) throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			HeadlessRun.completed(context.service(CommandService.class), SelectionCommand.class, "subjects", 12,
				"neurons", 200, "groups", "pd_on,healthy", "seed", 4L, "output", dir.toFile());
		}
		List<String> summary = Files.readAllLines(dir.resolve("selection.csv"));
		assertEquals(List.of("group,choose_a,avoid_b"), summary.subList(0, 1));
		assertEquals(List.of("pd_on", "healthy"), summary.subList(1, 3).stream().map(l -> l.split(",")[0]).toList());
		List<String> subjects = Files.readAllLines(dir.resolve("subjects.csv"));
		assertEquals("group,subject,blocks,criterion_met,choose_a,avoid_b", subjects.get(0));
		assertEquals(1 + 24, subjects.size());
		for (String row : summary.subList(1, 3)) {
			String[] f = row.split(",");
			double chooseA = 0, avoidB = 0;
			for (String s : subjects.subList(1, subjects.size())) {
				String[] g = s.split(",");
				if (!g[0].equals(f[0])) continue;
				chooseA += Double.parseDouble(g[4]) / 12;
				avoidB += Double.parseDouble(g[5]) / 12;
			}
			assertEquals(chooseA, Double.parseDouble(f[1]), 1e-12, row);
			assertEquals(avoidB, Double.parseDouble(f[2]), 1e-12, row);
		}
		ImagePlus png = IJ.openImage(dir.resolve("selection.png").toString());
		assertTrue(png.getWidth() >= 640 && png.getHeight() >= 400, "plot size");
		assertTrue(Files.readString(dir.resolve("run.properties")).contains("parameter.groups = pd_on,healthy"));
	}
}
