package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.recording.Recording;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.menu.MenuService;
import org.scijava.menu.ShadowMenu;

/** The commands run headless through a real SciJava context, and sit in the Plugins menu. */
class CommandsTest {

	@Test
	void everyCommandIsInThePluginsDopamineTdMenu() {
		try (Context context = new Context(CommandService.class, StatusService.class, MenuService.class)) {
			ShadowMenu menu = context.service(MenuService.class).getMenu().getMenu("Plugins").getMenu("Dopamine TD");
			assertNotNull(menu, "Plugins > Dopamine TD exists");
			Set<String> items = menu.getChildren().stream().map(ShadowMenu::getName).collect(Collectors.toSet());
			assertTrue(items.containsAll(List.of("Simulate Population", "Degrade Population (Parkinson's loss)",
				"Decode Value Function", "Parkinson's Loss Sweep")), items.toString());
		}
	}

	@Test
	void simulateDegradeAndDecodeHeadless(@TempDir Path dir) throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			CommandModule simulated = HeadlessRun.completed(commands, SimulatePopulation.class, "neurons", 300,
				"trials", 5, "seed", 3L, "output", dir.resolve("healthy").toFile());
			ImagePlus image = (ImagePlus) simulated.getOutput("recording");
			assertEquals(300, image.getHeight());
			assertEquals(5, image.getStackSize());
			for (String f : List.of("raster.tif", "psth.csv", "td.csv", "timing.csv")) {
				assertTrue(Files.isRegularFile(dir.resolve("healthy").resolve(f)), f);
			}
			assertEquals("time_ms,rate_hz,rewarded_hz,omitted_hz",
				Files.readAllLines(dir.resolve("healthy/psth.csv")).get(0));
			assertEquals("time_ms,value,delta", Files.readAllLines(dir.resolve("healthy/td.csv")).get(0));

			// Degrade the TIFF saved earlier, as a user would after reopening it.
			ImagePlus reopened = ij.IJ.openImage(dir.resolve("healthy/raster.tif").toString());
			CommandModule degraded = HeadlessRun.completed(commands, DegradePopulation.class, "recording", reopened,
				"loss", 0.9, "seed", 2L);
			Recording lesioned = RecordingImages.fromImage((ImagePlus) degraded.getOutput("degraded"));
			assertEquals(30, lesioned.dopamine().raster().neurons());

			CommandModule decoded = HeadlessRun.completed(commands, DecodeValueFunction.class, "recording",
				degraded.getOutput("degraded"), "output", dir.resolve("decoded").toFile());
			double contrast = (Double) decoded.getOutput("value_contrast");
			assertTrue(contrast > -1 && contrast < 2, "value contrast " + contrast);
			assertTrue(Files.isRegularFile(dir.resolve("decoded/metrics.csv")));
		}
	}

	@Test
	void theSweepWritesTheFlatteningTable(@TempDir Path dir) throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			File out = dir.resolve("sweep").toFile();
			HeadlessRun.completed(context.service(CommandService.class), LossSweepCommand.class, "neurons", 200,
				"trials", 3, "losses", "0,0.5,0.95", "episodes", 100, "output", out);
			List<String> lines = Files.readAllLines(out.toPath().resolve("flattening.csv"));
			assertEquals("loss,value_contrast,dprime,stay_fraction,seeds,value_contrast_sd,dprime_sd,stay_fraction_sd,relative_dprime", lines.get(0));
			assertEquals(4, lines.size());
			assertTrue(Files.size(out.toPath().resolve("flattening.png")) > 1000);
		}
	}
}
