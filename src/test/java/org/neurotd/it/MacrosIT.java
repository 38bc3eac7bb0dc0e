package org.neurotd.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
	void seedLossSweepWritesEveryRunAndTheSummaryTableWithTheCommandLinesNumbers() throws Exception {
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
		assertSeedLossCellIsTheCommandLines();
	}

	/** The macro's seed-2, 50 % loss cell, made again on the command line with the macro's keys. */
	private void assertSeedLossCellIsTheCommandLines() throws Exception {
		Path cli = out.resolve("cli");
		MacroRouteIT.cli(0, "simulate", "neurons=200", "trials=10", "seed=2", "output=" + cli.resolve("healthy"));
		MacroRouteIT.cli(0, "degrade", "recording=" + cli.resolve("healthy/raster.tif"), "loss=0.5", "compensation=true",
			"seed=2", "output=" + cli.resolve("degraded"));
		MacroRouteIT.cli(0, "decode", "recording=" + cli.resolve("degraded/degraded.tif"), "readout=receptor",
			"output=" + cli.resolve("decoded"));
		for (String file : List.of("healthy/raster.tif", "healthy/psth.csv")) {
			assertArrayEquals(Files.readAllBytes(cli.resolve(file)), Files.readAllBytes(out.resolve("seed2").resolve(file)),
				file);
		}
		for (String file : List.of("metrics.csv", "decode.csv")) {
			assertArrayEquals(Files.readAllBytes(cli.resolve("decoded").resolve(file)),
				Files.readAllBytes(out.resolve("seed2/loss0.5").resolve(file)), file + " of seed 2 at 50 % loss");
		}
	}

	@Test
	void lossSweepOverSeedsWritesEachSeedsFlatteningAndTheChainWithTheCommandLinesNumbers() throws Exception {
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
		assertTrue(info.contains("\ndopamine.loss = 0.8\n") && info.contains("\ndopamine.compensation = true\n"), info);
		assertEquals(0.8, csv(out.resolve("decoded/metrics.csv")).get(0)[0], 1e-9, "the decoded recording is the 80 % one");
		Path cli = out.resolve("cli");
		MacroRouteIT.cli(0, "sweep", "neurons=300", "trials=5", "training=300", "probability=0.8", "seed=2",
			"losses=0,0.5,0.7,0.8,0.9,0.95", "seeds=1", "episodes=400", "output=" + cli.resolve("seed-2"));
		for (String file : List.of("flattening.csv", "sweep.csv")) {
			assertArrayEquals(Files.readAllBytes(cli.resolve("seed-2").resolve(file)),
				Files.readAllBytes(out.resolve("seed-2").resolve(file)), "seed 2's " + file);
		}
		MacroRouteIT.cli(0, "simulate", "neurons=300", "trials=5", "seed=1", "output=" + cli.resolve("healthy"));
		MacroRouteIT.cli(0, "degrade", "recording=" + cli.resolve("healthy/raster.tif"), "loss=0.8", "compensation=true",
			"seed=1", "output=" + cli.resolve("parkinson"));
		MacroRouteIT.cli(0, "decode", "recording=" + cli.resolve("parkinson/degraded.tif"), "readout=receptor",
			"episodes=400", "output=" + cli.resolve("decoded"));
		for (String file : List.of("healthy/raster.tif", "parkinson/degraded.tif", "decoded/metrics.csv")) {
			assertArrayEquals(Files.readAllBytes(cli.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
		}
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
			assertTrue(info.contains("\ndopamine.compensation = " + expected[i] + "\n"), "form " + i + ":\n" + info);
		}
	}

	/** The README's literal macro lines: {@code run("Label", "key=value ... output=...")} with no variables. */
	private static List<String> readmeLines() throws IOException {
		java.util.regex.Pattern line = java.util.regex.Pattern.compile("run\\(\"[^\"]+\", \"[^\"+]*output=[^\"+]*\"\\)");
		List<String> lines = new ArrayList<>();
		java.util.regex.Matcher m = line.matcher(Files.readString(Path.of("README.md")));
		while (m.find()) lines.add(m.group());
		return lines;
	}

	@Test
	void theReadmesMacroLinesRunInPlainImageJWithTheCommandLinesResults() throws Exception {
		List<String> lines = readmeLines();
		assertTrue(lines.size() >= 2, "the recorded Simulate line and the Demo line: " + lines);
		StringBuilder macro = new StringBuilder();
		List<List<String>> cliRuns = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			String label = line.substring(5, line.indexOf('"', 5));
			String options = line.substring(line.indexOf(", \"") + 3, line.length() - 2);
			String cli = org.neurotd.imagej.OneKeyCases.CASES.stream()
				.filter(c -> c.command().getAnnotation(org.scijava.plugin.Plugin.class).label().equals(label))
				.findFirst().orElseThrow(() -> new AssertionError("no command labelled " + label)).cli();
			List<String> args = new ArrayList<>(List.of(cli));
			StringBuilder rewritten = new StringBuilder();
			for (String option : options.split(" (?![^\\[]*\\])")) {
				boolean output = option.startsWith("output=");
				String value = output ? out.resolve("cli" + i).toString() : option.replaceAll("=\\[(.*)\\]$", "=$1");
				args.add(output ? "output=" + value : value);
				rewritten.append(output ? "output=[" + out.resolve("macro" + i) + "]" : option).append(' ');
			}
			cliRuns.add(args);
			macro.append("run(\"").append(label).append("\", \"").append(rewritten.toString().trim()).append("\");\n");
		}
		Path file = Files.writeString(out.resolve("readme.ijm"), macro + "print(\"ran\");\n");
		PlainImageJ.Run run = PlainImageJ.run("ij.ImageJ", "-batch", file.toString());
		assertTrue(run.output().contains("ran"), run.output());
		for (int i = 0; i < lines.size(); i++) {
			MacroRouteIT.cli(0, cliRuns.get(i).toArray(String[]::new));
			try (var files = Files.list(out.resolve("cli" + i))) {
				for (Path f : files.toList()) {
					assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(out.resolve("macro" + i).resolve(f.getFileName())),
						lines.get(i) + ": " + f.getFileName());
				}
			}
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
