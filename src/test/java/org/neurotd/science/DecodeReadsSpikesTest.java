package org.neurotd.science;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.DecodeValueFunction;
import org.neurotd.commands.DegradePopulation;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.SimulatePopulation;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/**
 * Decoding reads the recording's spikes: over several seeds, a degraded recording decodes
 * differently once its pixels are edited. The numbers are read back from the metrics.csv that
 * decode writes.
 */
class DecodeReadsSpikesTest {

	private static final int SEEDS = 3;
	private static final double LOSS = 0.8;
	private static final double[][] metrics = new double[SEEDS][];
	private static final double[][] zeroed = new double[SEEDS][];
	private static final double[][] halved = new double[SEEDS][];
	private static final String[] zeroedSummary = new String[SEEDS];
	private static final String[] plainSummary = new String[SEEDS];

	@TempDir
	static Path dir;

	@BeforeAll
	static void decodeEditedRecordings() throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			for (int s = 0; s < SEEDS; s++) {
				long seed = s + 1;
				HeadlessRun.completed(commands, SimulatePopulation.class, "neurons", 400, "trials", 10, "seed", seed,
					"output", dir.resolve("healthy" + seed).toFile());
				ImagePlus healthy = IJ.openImage(dir.resolve("healthy" + seed + "/raster.tif").toString());
				ImagePlus degraded = (ImagePlus) HeadlessRun.completed(commands, DegradePopulation.class, "recording",
					healthy, "loss", LOSS, "seed", seed).getOutput("degraded");
				plainSummary[s] = summary(HeadlessRun.completed(commands, DecodeValueFunction.class, "recording", degraded,
					"output", dir.resolve("plain" + seed).toFile()));
				metrics[s] = metrics(dir.resolve("plain" + seed));
				zeroedSummary[s] = summary(HeadlessRun.completed(commands, DecodeValueFunction.class, "recording",
					edited(degraded, false), "output", dir.resolve("zeroed" + seed).toFile()));
				zeroed[s] = metrics(dir.resolve("zeroed" + seed));
				HeadlessRun.completed(commands, DecodeValueFunction.class, "recording", edited(degraded, true), "output",
					dir.resolve("halved" + seed).toFile());
				halved[s] = metrics(dir.resolve("halved" + seed));
			}
		}
	}

	private static String summary(CommandModule module) {
		return ((DecodeValueFunction) module.getCommand()).summary();
	}

	/** A copy with every spike removed, or with every other spike of each neuron removed. */
	private static ImagePlus edited(ImagePlus recording, boolean keepHalf) {
		ImagePlus copy = recording.duplicate();
		copy.setProperty("Info", recording.getInfoProperty());
		int width = copy.getWidth();
		for (int row = 0; row < copy.getHeight(); row++) {
			int seen = 0;
			for (int k = 1; k <= copy.getStackSize(); k++) {
				byte[] px = (byte[]) copy.getStack().getProcessor(k).getPixels();
				for (int t = row * width; t < (row + 1) * width; t++) {
					if (px[t] != 0 && (!keepHalf || seen++ % 2 == 1)) px[t] = 0;
				}
			}
		}
		return copy;
	}

	/** value_contrast, dprime, ramp_slope, stay_fraction of a metrics.csv. */
	private static double[] metrics(Path folder) throws Exception {
		List<String> lines = Files.readAllLines(folder.resolve("metrics.csv"));
		assertEquals("loss,survivors,value_contrast,dprime,ramp_slope,stay_fraction", lines.get(0));
		String[] f = lines.get(1).split(",");
		return new double[] { Double.parseDouble(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[4]),
			Double.parseDouble(f[5]) };
	}

	@Test
	void aRecordingWithoutSpikesDecodesToAFlatValueFunctionAndStayingPut() {
		for (int s = 0; s < SEEDS; s++) {
			assertEquals(0, zeroed[s][0], 0.02, "value contrast of the zeroed recording, seed " + (s + 1));
			assertEquals(0, zeroed[s][2], 0.02, "ramp slope of the zeroed recording, seed " + (s + 1));
			assertTrue(zeroed[s][3] > 0.5, "staying put wins without spikes: " + zeroed[s][3]);
			assertTrue(zeroed[s][3] > metrics[s][3], "more stay choices than the unedited recording");
		}
	}

	@Test
	void halvingTheSurvivorsSpikesLowersTheDecodedContrast() {
		double plain = 0, half = 0;
		for (int s = 0; s < SEEDS; s++) {
			plain += metrics[s][0];
			half += halved[s][0];
			assertTrue(halved[s][0] < metrics[s][0], "seed " + (s + 1) + ": halved " + halved[s][0] + " vs "
				+ metrics[s][0]);
		}
		assertTrue(half / SEEDS < plain / SEEDS - 0.1, "mean contrast halved " + half / SEEDS + " vs " + plain / SEEDS);
	}

	@Test
	void spikesThatContradictTheMetadataAreWarnedAbout() {
		for (int s = 0; s < SEEDS; s++) {
			assertTrue(zeroedSummary[s].contains("warning: ") && zeroedSummary[s].contains("contradicts"),
				zeroedSummary[s]);
			assertFalse(plainSummary[s].contains("warning: "), plainSummary[s]);
		}
	}
}
