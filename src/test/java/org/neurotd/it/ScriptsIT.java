package org.neurotd.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped SciJava scripts, run headless as on a server:
 * {@code java -jar dopamine-td.jar --headless --run SCRIPT 'key=value,...'}.
 */
class ScriptsIT {

	static final Path SCRIPTS = Path.of("src/main/resources/scripts/Plugins/Dopamine TD").toAbsolutePath();

	@TempDir
	Path out;

	record Run(int exit, String stdout, String stderr) {}

	static Run launch(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(PlainImageJ.javaExecutable(), "-Duser.home="
			+ PlainImageJ.TARGET.resolve("it/launcher-home"), "-jar", PlainImageJ.TARGET.resolve("dopamine-td.jar")
				.toString()));
		command.addAll(List.of(args));
		Path stdout = Files.createTempFile(PlainImageJ.TARGET, "out-", ".txt");
		Path stderr = Files.createTempFile(PlainImageJ.TARGET, "err-", ".txt");
		Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
		boolean ended = p.waitFor(10, TimeUnit.MINUTES);
		if (!ended) p.destroyForcibly().waitFor();
		Run run = new Run(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8), Files.readString(stderr,
			StandardCharsets.UTF_8));
		Files.delete(stdout);
		Files.delete(stderr);
		assertTrue(ended, "the launcher did not end: " + run);
		return run;
	}

	static double output(Run run, String name) {
		Matcher m = Pattern.compile("(?m)^" + name + " = (\\S+)$").matcher(run.stdout());
		assertTrue(m.find(), "output " + name + " in:\n" + run.stdout() + run.stderr());
		return Double.parseDouble(m.group(1));
	}

	@Test
	void everyShippedScriptHasAHeadlessTestHere() throws IOException {
		try (Stream<Path> files = Files.list(SCRIPTS)) {
			assertEquals(Set.of("Loss_Sweep_Over_Seeds.groovy", "Decode_Saved_Recordings.groovy"),
				files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
		}
	}

	@Test
	void scriptsAreInThePluginJarButGroovyAndItsLanguagePluginAreNot() throws IOException {
		Set<String> entries = new TreeSet<>();
		try (ZipFile jar = new ZipFile(PlainImageJ.TARGET.resolve("dopamine-td.jar").toFile())) {
			jar.stream().forEach(e -> entries.add(e.getName()));
			String index = new String(jar.getInputStream(jar.getEntry("META-INF/json/org.scijava.plugin.Plugin"))
				.readAllBytes(), StandardCharsets.UTF_8);
			assertFalse(index.contains("ScriptLanguage"), "no script language plugin in the jar Fiji gets");
		}
		assertTrue(entries.contains("scripts/Plugins/Dopamine TD/Loss_Sweep_Over_Seeds.groovy"), "Fiji's menu finds it");
		assertTrue(entries.contains("scripts/Plugins/Dopamine TD/Decode_Saved_Recordings.groovy"));
		assertTrue(entries.stream().noneMatch(e -> e.startsWith("groovy/") || e.startsWith("org/apache/groovy")
			|| e.startsWith("org/neurotd/scripting")), "no Groovy in the plugin jar");
		try (ZipFile scripting = new ZipFile(PlainImageJ.TARGET.resolve("lib/dopamine-td-scripting.jar").toFile())) {
			assertTrue(scripting.getEntry("org/neurotd/scripting/GroovyLanguage.class") != null);
		}
	}

	@Test
	void lossSweepScriptWritesTheFlatteningCurveAndReturnsItsEnd() throws Exception {
		Run run = launch("--headless", "--run", SCRIPTS.resolve("Loss_Sweep_Over_Seeds.groovy").toString(),
			"output=" + out + ",neurons=100,seeds=2,losses=\"0,0.5,0.9\"");
		assertEquals(0, run.exit(), run.toString());
		List<String> lines = Files.readAllLines(out.resolve("flattening.csv"));
		assertEquals(4, lines.size(), "header and three loss levels");
		List<String> header = List.of(lines.get(0).split(","));
		String[] healthy = lines.get(1).split(","), highest = lines.get(3).split(",");
		assertEquals(0.9, Double.parseDouble(highest[header.indexOf("loss")]), 1e-12);
		double dprime = output(run, "dprime_at_highest_loss");
		assertEquals(Double.parseDouble(highest[header.indexOf("dprime")]), dprime, 1e-9);
		assertEquals(Double.parseDouble(highest[header.indexOf("value_contrast")]),
			output(run, "value_contrast_at_highest_loss"), 1e-9);
		assertTrue(dprime < Double.parseDouble(healthy[header.indexOf("dprime")]), "d' falls with 90 % loss");
		assertEquals(1 + 2 * 3, Files.readAllLines(out.resolve("sweep.csv")).size(), "2 seeds x 3 losses");
		assertTrue(Files.size(out.resolve("flattening.png")) > 1000);
	}

	@Test
	void decodeScriptDecodesEveryRecordingOfAFolder() throws Exception {
		Path recordings = Files.createDirectories(out.resolve("recordings"));
		assertEquals(0, launch("simulate", "neurons=40", "trials=4", "training=100", "output=" + out.resolve("sim"))
			.exit());
		Files.copy(out.resolve("sim/raster.tif"), recordings.resolve("healthy.tif"));
		assertEquals(0, launch("degrade", "recording=" + recordings.resolve("healthy.tif"), "loss=0.75", "output="
			+ out.resolve("deg")).exit());
		Files.copy(out.resolve("deg/degraded.tif"), recordings.resolve("parkinson.tif"));

		Path decoded = out.resolve("decoded");
		Run run = launch("--headless", "--run", SCRIPTS.resolve("Decode_Saved_Recordings.groovy").toString(),
			"recordings=" + recordings + ",output=" + decoded + ",readout=receptor");
		assertEquals(0, run.exit(), run.toString());
		assertEquals(2, output(run, "decoded"));
		List<String> rows = Files.readAllLines(decoded.resolve("decoded.csv"));
		assertEquals("recording,value_contrast,dprime,stay_fraction", rows.get(0));
		assertTrue(rows.get(1).startsWith("healthy.tif,"), rows.toString());
		assertEquals(1.0, Double.parseDouble(rows.get(1).split(",")[1]), 0.15,
			"a healthy recording's critic learns what the metadata's healthy population teaches: " + rows);
		assertTrue(rows.get(2).startsWith("parkinson.tif,"), rows.toString());
		double healthyDprime = Double.parseDouble(rows.get(1).split(",")[2]);
		double parkinsonDprime = Double.parseDouble(rows.get(2).split(",")[2]);
		assertTrue(parkinsonDprime < healthyDprime, "fewer neurons, weaker CS response: " + rows);
		for (String name : List.of("healthy", "parkinson")) {
			assertTrue(Files.isRegularFile(decoded.resolve(name).resolve("metrics.csv")), name);
		}
	}

	@Test
	void everyInputIsRequiredEvenAfterARunThatCouldHaveSavedIt() throws Exception {
		Path script = SCRIPTS.resolve("Loss_Sweep_Over_Seeds.groovy");
		assertEquals(0, launch("--run", script.toString(), "output=" + out.resolve("a")
			+ ",neurons=20,seeds=1,losses=0").exit());
		Run run = launch("--headless", "--run", script.toString(), "output=" + out.resolve("b") + ",neurons=20");
		assertEquals(2, run.exit(), run.toString());
		assertTrue(run.stderr().contains("missing: seeds (an integer), losses (text)"), run.stderr());
		assertFalse(Files.exists(out.resolve("b/flattening.csv")));
	}

	@Test
	void aFailingScriptSaysWhyAndExitsNonZero() throws Exception {
		Run bad = launch("--headless", "--run", SCRIPTS.resolve("Loss_Sweep_Over_Seeds.groovy").toString(),
			"output=" + out + ",neurons=0,seeds=1,losses=0");
		assertEquals(1, bad.exit(), bad.toString());
		assertTrue(bad.stderr().contains("Loss_Sweep_Over_Seeds.groovy failed: neurons=0 is not allowed"), bad.stderr());

		Path broken = Files.writeString(out.resolve("broken.groovy"), "#@ Integer n\nthrow new IllegalStateException(\"n was \" + n)\n");
		Run thrown = launch("--headless", "--run", broken.toString(), "n=3");
		assertEquals(1, thrown.exit(), thrown.toString());
		assertTrue(thrown.stderr().contains("broken.groovy failed: n was 3"), thrown.stderr());

		Run unknown = launch("--headless", "--run", broken.toString(), "n=3,m=4");
		assertEquals(2, unknown.exit());
		assertTrue(unknown.stderr().contains("unknown input 'm'"), unknown.stderr());
	}
}
