package org.neurotd.recording;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import ij.IJ;
import ij.ImagePlus;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.DegradePopulation;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.SimulatePopulation;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/** The shipped sample recordings are exactly what the commands make from their documented parameters. */
class SampleDataTest {

	@Test
	void sampleRecordingsRegenerateByteForByte(@TempDir Path dir) throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			HeadlessRun.completed(commands, SimulatePopulation.class, "neurons", 50, "trials", 6, "seed", 2026L,
				"output", dir.resolve("healthy").toFile());
			Path healthy = dir.resolve("healthy/raster.tif");
			assertArrayEquals(Files.readAllBytes(Path.of("sample-data/healthy.tif")), Files.readAllBytes(healthy));

			ImagePlus reopened = IJ.openImage(healthy.toString());
			HeadlessRun.completed(commands, DegradePopulation.class, "recording", reopened, "loss", 0.75, "seed", 2026L,
				"output", dir.resolve("pd").toFile());
			assertArrayEquals(Files.readAllBytes(Path.of("sample-data/parkinson-75.tif")),
				Files.readAllBytes(dir.resolve("pd/degraded.tif")));
		}
	}
}
