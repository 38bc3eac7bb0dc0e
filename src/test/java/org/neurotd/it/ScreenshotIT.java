package org.neurotd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

/**
 * A picture of the plugin in plain ImageJ for a person to look at:
 * target/screenshots/imagej-dopamine-td.png shows the Plugins > Dopamine TD menu open over
 * the recording and PSTH plot that Simulate Population made.
 */
class ScreenshotIT {

	@Test
	void menuAndSimulationPlotOnScreen() throws Exception {
		Path png = Files.createDirectories(PlainImageJ.TARGET.resolve("screenshots")).resolve("imagej-dopamine-td.png");
		Files.deleteIfExists(png);
		PlainImageJ.Run run = PlainImageJ.run("org.neurotd.it.drivers.Screenshot", png.toString(),
			"neurons=300 trials=10 seed=1");
		assertEquals(0, run.exit(), run.output());
		assertTrue(run.output().contains("window: Dopamine population PSTH"), run.output());
		assertTrue(run.output().contains("window: Dopamine recording (seed 1)"), run.output());
		BufferedImage shot = ImageIO.read(png.toFile());
		assertTrue(shot.getWidth() >= 640 && shot.getHeight() >= 400, "the plot fits: " + shot.getWidth() + "x"
			+ shot.getHeight());
		// the PSTH's two lines are on screen in the plot's colours (blue: rewarded, red: omitted)
		assertTrue(count(shot, 0x1f77b4) > 200, "rewarded-trial line visible");
		assertTrue(count(shot, 0xd62728) > 200, "omitted-reward line visible");
	}

	private static int count(BufferedImage image, int rgb) {
		int n = 0;
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				if ((image.getRGB(x, y) & 0xffffff) == rgb) n++;
			}
		}
		return n;
	}
}
