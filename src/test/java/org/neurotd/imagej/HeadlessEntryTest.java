package org.neurotd.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.awt.GraphicsEnvironment;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.DecodeValueFunction;
import org.neurotd.commands.DegradePopulation;
import org.neurotd.commands.DemoCommand;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.LossSweepCommand;
import org.neurotd.commands.SimulatePopulation;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * The ImageJ 1.x entries without a display (as in a headless batch job): macro options set
 * with {@code Macro.setOptions} on a macro thread reach the SciJava command, key by key.
 */
class HeadlessEntryTest {

	@TempDir
	static Path out;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
		assertTrue(GraphicsEnvironment.isHeadless());
	}

	private static <T> T onMacroThread(String options, java.util.concurrent.Callable<T> work) throws Exception {
		return MacroThreads.call(options, work);
	}

	private static void run(Class<?> command, String options) throws Exception {
		onMacroThread(options, () -> {
			new ImageJEntry().run(command.getName());
			return null;
		});
	}

	private static void simulate(String options) throws Exception {
		run(SimulatePopulation.class, options);
	}

	private static CommandInfo info(Class<?> command) {
		return SciJavaRunner.command(command.getName());
	}

	@Test
	void everyKeyReachesTheCommandWithItsValue() throws Exception {
		Path recording = out.resolve("for-keys");
		simulate("neurons=12 trials=2 training=20 output=[" + recording + "]");
		for (Class<?> command : List.of(SimulatePopulation.class, DegradePopulation.class, DecodeValueFunction.class,
			LossSweepCommand.class, DemoCommand.class))
		{
			CommandInfo info = info(command);
			Map<String, Object> expected = new LinkedHashMap<>();
			StringBuilder options = new StringBuilder();
			for (DialogField f : DialogField.of(info)) {
				Object value = switch (f.kind()) {
					case INTEGER, NUMBER -> another(f);
					case BOOLEAN -> !(Boolean) f.defaultValue();
					case CHOICE -> f.choices().stream().filter(c -> !c.equals(f.defaultValue())).findFirst().orElseThrow();
					case TEXT -> "0,0.25 ,1";
					case FOLDER -> new File(out.resolve("a folder").toString());
					case RECORDING -> recording.resolve("raster.tif").toString();
				};
				expected.put(f.key(), value);
				options.append(f.key()).append("=[").append(value).append("] ");
			}
			Map<String, Object> read = onMacroThread(options.toString(), () -> new CommandDialog(info).read());
			Object image = read.remove("recording");
			if (expected.remove("recording") != null) {
				assertTrue(image instanceof ij.ImagePlus, "the recording opened from its path");
			}
			assertEquals(expected, read, info.getLabel() + " with options " + options);
		}
	}

	/** An allowed value other than the default: one step (1, or a quarter of the way to a bound) from it. */
	private static Object another(DialogField f) {
		double d = ((Number) f.defaultValue()).doubleValue();
		Double max = f.declared().max(), min = f.declared().min();
		double up = f.kind() == DialogField.Kind.INTEGER ? 1 : max == null ? 0.25 : (max - d) / 4;
		double v = max == null || d + up <= max ? d + up : d - (f.kind() == DialogField.Kind.INTEGER ? 1 : (d - min) / 4);
		if (f.defaultValue() instanceof Long) return (long) v;
		if (f.defaultValue() instanceof Integer) return (int) v;
		return v;
	}

	@Test
	void theEntryWritesWhatTheSciJavaCommandWrites() throws Exception {
		Path viaImageJ = out.resolve("imagej"), viaSciJava = out.resolve("scijava");
		simulate("neurons=30 trials=3 training=50 seed=4 representation=microstimulus output=[" + viaImageJ + "]");
		try (Context context = new Context(CommandService.class, org.scijava.app.StatusService.class,
			org.scijava.log.LogService.class))
		{
			HeadlessRun.completed(context.service(CommandService.class), SimulatePopulation.class, "neurons", 30,
				"trials", 3, "training", 50, "seed", 4L, "representation", "microstimulus", "output", viaSciJava.toFile());
		}
		for (String file : List.of("raster.tif", "psth.csv", "td.csv")) {
			assertArrayEquals(Files.readAllBytes(viaSciJava.resolve(file)), Files.readAllBytes(viaImageJ.resolve(file)),
				file);
		}
	}

	@Test
	void badValuesAndUnknownKeysWriteNothing() throws Exception {
		for (String options : List.of("neurons=0", "neurons=2.5", "nuerons=20", "representation=grid",
			"threads=x"))
		{
			Path folder = out.resolve("bad-" + options.replaceAll("\\W", "_"));
			simulate(options + " trials=2 training=10 output=[" + folder + "]");
			assertFalse(Files.exists(folder.resolve("raster.tif")), options);
		}
	}

	@Test
	void anOmittedKeyIsTheCommandsDefaultCheckboxesIncluded() throws Exception {
		CommandInfo degrade = info(DegradePopulation.class);
		Path recording = out.resolve("for-defaults");
		simulate("neurons=10 trials=2 training=20 output=[" + recording + "]");
		String given = "recording=[" + recording.resolve("raster.tif") + "]";
		for (String[] form : new String[][] { { "", "true" }, { " compensation", "true" }, { " compensation=true", "true" },
			{ " compensation=false", "false" } })
		{
			Map<String, Object> read = onMacroThread(given + form[0], () -> new CommandDialog(degrade).read());
			assertEquals(Boolean.valueOf(form[1]), read.get("compensation"), "options '" + form[0] + "'");
			assertEquals(0.8, read.get("loss"), "the default loss");
			assertEquals(4.0, read.get("cap"), "the default cap");
		}
	}

	@Test
	void aBadKeyPrintsOneLineNamingItWithoutADialog() throws Exception {
		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		java.io.PrintStream err = System.err;
		System.setErr(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
		try {
			simulate("nuerons=20 output=[" + out.resolve("misspelt") + "]");
		}
		finally {
			System.setErr(err);
		}
		String line = printed.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
		assertTrue(line.startsWith("Simulate Population: nuerons: is not a parameter of Simulate Population; its"
			+ " parameters: neurons, "), line);
		assertEquals(1, line.lines().count(), line);
		assertFalse(Files.exists(out.resolve("misspelt")));
	}
}
