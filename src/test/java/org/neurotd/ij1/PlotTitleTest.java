package org.neurotd.ij1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.gui.Plot;
import ij.process.ImageProcessor;

import org.junit.jupiter.api.Test;

/** A saved plot carries its title above the plot, wrapped when it is longer than the plot is wide. */
class PlotTitleTest {

	@Test
	void theTitleIsDrawnAboveThePlot() {
		Plot plot = new Plot("Value flattening against dopamine cell loss", "loss (%)", "contrast");
		plot.add("line", new double[] { 0, 1 }, new double[] { 1, 0 });
		ImageProcessor bare = plot.getImagePlus().getProcessor();
		ImagePlus titled = Plots.titled(plot);
		int strip = titled.getHeight() - bare.getHeight();
		assertTrue(strip > 10, "a strip for the title: " + strip + " px");
		assertEquals(bare.getWidth(), titled.getWidth());
		assertTrue(darkPixels(titled.getProcessor(), strip) > 50, "the title's text is drawn in the strip");
	}

	@Test
	void aLongTitleWrapsInsteadOfBeingCut() {
		String longTitle = "Onset of flattening against threshold, cap and inputs per locus (receptor readout,"
			+ " mean and SD over 2 seeds), a title longer than the plot is wide";
		Plot plot = new Plot(longTitle, "x", "y");
		Plot shortOne = new Plot("Onset", "x", "y");
		int oneLine = Plots.titled(shortOne).getHeight() - shortOne.getImagePlus().getHeight();
		int wrapped = Plots.titled(plot).getHeight() - plot.getImagePlus().getHeight();
		assertTrue(wrapped > oneLine, "two lines take more room than one: " + wrapped + " vs " + oneLine);
	}

	private static int darkPixels(ImageProcessor ip, int rows) {
		int dark = 0;
		for (int y = 0; y < rows; y++) {
			for (int x = 0; x < ip.getWidth(); x++) if ((ip.getPixel(x, y) & 0xff) < 128) dark++;
		}
		return dark;
	}
}
