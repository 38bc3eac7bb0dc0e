package org.neurotd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped macros, run as a user runs them: plain ImageJ 1.54 in batch mode. */
class MacrosIT {

	@TempDir
	Path out;

	@Test
	void seedLossSweepWritesEveryRunAndTheSummaryTable() throws Exception {
		PlainImageJ.Run run = PlainImageJ.run("ij.ImageJ", "-batch", Path.of("macros/seed-loss-sweep.ijm")
			.toAbsolutePath().toString(), out.toString());
		assertTrue(run.output().contains("seed-loss-sweep: 9 runs written"), run.output());

		List<double[]> rows = csv(out.resolve("seed-loss-sweep.csv"));
		assertEquals(9, rows.size(), "3 seeds x 3 loss levels");
		String[] header = header(out.resolve("seed-loss-sweep.csv"));
		int seed = column(header, "seed"), loss = column(header, "loss"), survivors = column(header, "survivors"),
			dprime = column(header, "dprime"), contrast = column(header, "value_contrast");
		for (int s = 0; s < 3; s++) {
			double previousDprime = Double.POSITIVE_INFINITY;
			for (int l = 0; l < 3; l++) {
				double[] r = rows.get(3 * s + l);
				assertEquals(s + 1, r[seed]);
				assertEquals(new double[] { 0, 0.5, 0.9 }[l], r[loss], 1e-9);
				assertEquals(Math.round(200 * (1 - r[loss])), r[survivors], "neurons kept at loss " + r[loss]);
				assertTrue(r[dprime] < previousDprime, "d' of the CS response falls with loss, seed " + r[seed]);
				previousDprime = r[dprime];
				Path runFolder = out.resolve("seed" + (s + 1)).resolve("loss" + new String[] { "0", "0.5", "0.9" }[l]);
				assertTrue(Files.size(runFolder.resolve("decode.png")) > 1000, runFolder + "/decode.png");
				double[] written = csv(runFolder.resolve("metrics.csv")).get(0);
				assertEquals(written[column(header(runFolder.resolve("metrics.csv")), "value_contrast")], r[contrast],
					1e-3, "the summary holds the run's metrics.csv");
			}
			assertEquals(1.0, rows.get(3 * s)[contrast], 0.15, "value contrast is relative to the healthy population");
			Path healthy = out.resolve("seed" + (s + 1)).resolve("healthy");
			assertTrue(Files.size(healthy.resolve("raster.tif")) > 200 * 3000, "the healthy recording " + healthy);
		}
	}

	@Test
	void lossSweepOverSeedsWritesEachSeedsFlatteningAndTheChain() throws Exception {
		PlainImageJ.Run run = PlainImageJ.run("ij.ImageJ", "-batch", Path.of("macros/loss_sweep_seeds.ijm")
			.toAbsolutePath().toString(), out.toString());
		assertTrue(run.output().contains("Dopamine TD sweep written to"), run.output());
		for (int seed = 1; seed <= 3; seed++) {
			Path flattening = out.resolve("seed-" + seed).resolve("flattening.csv");
			List<double[]> rows = csv(flattening);
			assertEquals(6, rows.size(), "six loss levels for seed " + seed);
			int contrast = column(header(flattening), "value_contrast");
			assertEquals(1.0, rows.get(0)[contrast], 0.15, "healthy row of seed " + seed);
		}
		assertTrue(Files.size(out.resolve("healthy/raster.tif")) > 300 * 3000);
		String info = ij.IJ.openImage(out.resolve("parkinson/degraded.tif").toString()).getInfoProperty();
		assertTrue(info.contains("\nloss = 0.8\n") && info.contains("\ncompensation = true\n"), info);
		assertEquals(0.8, csv(out.resolve("decoded/metrics.csv")).get(0)[0], 1e-9, "the decoded recording is the 80 % one");
	}

	@Test
	void booleansReadTheSameInImageJsAndFijisRecordedFormsAndAnOmittedOneIsTheDefault() throws Exception {
		Path macro = out.resolve("forms.ijm");
		Files.writeString(macro, String.join("\n",
			"setBatchMode(true);",
			"out = getArgument();",
			"run(\"Simulate Population\", \"neurons=20 trials=2 training=50 seed=5\");",
			"healthy = getImageID();",
			"forms = newArray(\"compensation=true\", \"compensation\", \"compensation=false\", \"\");",
			"for (i = 0; i < forms.length; i++) {",
			"  selectImage(healthy);",
			"  run(\"Degrade Population (Parkinson's loss)\", \"loss=0.5 \" + forms[i] + \" output=[\" + out + \"/form\" + i + \"]\");",
			"}",
			"print(\"forms done\");"));
		PlainImageJ.Run run = PlainImageJ.run("ij.ImageJ", "-batch", macro.toString(), out.toString());
		assertTrue(run.output().contains("forms done"), run.output());
		String[] expected = { "true", "true", "false", "true" }; // compensation is on by default
		for (int i = 0; i < expected.length; i++) {
			String info = ij.IJ.openImage(out.resolve("form" + i).resolve("degraded.tif").toString()).getInfoProperty();
			assertTrue(info.contains("\ncompensation = " + expected[i] + "\n"), "form " + i + ":\n" + info);
		}
	}

	static String[] header(Path csv) throws IOException {
		return Arrays.stream(Files.readAllLines(csv).get(0).split(",")).map(String::trim).toArray(String[]::new);
	}

	static int column(String[] header, String name) {
		int i = Arrays.asList(header).indexOf(name);
		assertTrue(i >= 0, "column " + name + " in " + Arrays.toString(header));
		return i;
	}

	/** The numbers of a CSV (first line: header); a blank cell (ImageJ's row-number header) reads as NaN. */
	static List<double[]> csv(Path file) throws IOException {
		List<double[]> rows = new ArrayList<>();
		List<String> lines = Files.readAllLines(file);
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) continue;
			rows.add(Arrays.stream(line.split(",")).map(String::trim)
				.mapToDouble(v -> v.isEmpty() ? Double.NaN : Double.parseDouble(v)).toArray());
		}
		return rows;
	}
}
