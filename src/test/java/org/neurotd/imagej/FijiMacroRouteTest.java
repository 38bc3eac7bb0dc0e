package org.neurotd.imagej;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotd.cli.Main;
import org.neurotd.commands.DopamineCommand;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginInfo;
import org.scijava.plugin.PluginService;
import org.scijava.widget.InputHarvester;

/**
 * Fiji's macro route without Fiji: a macro line's options set on an ImageJ macro thread (as the
 * macro interpreter sets them), and the command run from that thread through the CommandService
 * with no inputs, as imagej-legacy runs a SciJava command from {@code run(label, options)}. A
 * stand-in for Fiji's input harvester, where the dialog would open, fails the run if any input
 * is left for it. Each command, given one key, writes the bytes the command line writes with
 * that key; bad input is refused naming the key; and results made on either route reproduce on
 * the other.
 */
class FijiMacroRouteTest {

	@TempDir
	static Path dir;

	private static Context context;
	private static Path healthy;

	/** Where Fiji's input harvester would open a dialog: fails the run if any input is unresolved. */
	public static class HarvesterStandIn extends AbstractPreprocessorPlugin {
		@Override
		public void process(Module module) {
			List<String> open = new ArrayList<>();
			for (ModuleItem<?> item : module.getInfo().inputs()) {
				if (DialogField.isUserInput(item) && !module.isInputResolved(item.getName())) open.add(item.getName());
			}
			if (!open.isEmpty()) cancel("a dialog would ask for " + open);
		}
	}

	@BeforeAll
	static void fiji() throws Exception {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, org.scijava.app.StatusService.class, org.scijava.log.LogService.class);
		PluginInfo<PreprocessorPlugin> harvester = new PluginInfo<>(HarvesterStandIn.class, PreprocessorPlugin.class);
		harvester.setPriority(InputHarvester.PRIORITY);
		context.service(PluginService.class).addPlugin(harvester);
		healthy = dir.resolve("healthy");
		assertEquals(0, cli("simulate", "neurons=20", "trials=3", "training=50", "output=" + healthy));
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	private static int cli(String... args) {
		return Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()));
	}

	/** Runs {@code command} as Fiji runs the macro line {@code run("Label", options)}. */
	private static CommandModule macro(Class<? extends DopamineCommand> command, String options) throws Exception {
		CommandInfo info = context.service(CommandService.class).getCommand(command);
		return MacroThreads.call(options, () -> context.service(CommandService.class).run(info, true).get());
	}

	private static void assertSameFiles(Path expected, Path actual) throws Exception {
		List<String> names;
		try (Stream<Path> files = Files.list(expected)) {
			names = files.map(p -> p.getFileName().toString()).sorted().toList();
		}
		try (Stream<Path> files = Files.list(actual)) {
			assertEquals(names, files.map(p -> p.getFileName().toString()).sorted().toList(), "the files written");
		}
		for (String name : names) {
			assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)), name);
		}
	}

	/** The command given one key (and where to write) on both routes: the same files, byte for byte. */
	@ParameterizedTest
	@MethodSource("cases")
	void eachCommandWithOneKeyWritesTheCommandLinesBytes(OneKeyCases.Case c) throws Exception {
		Path viaMacro = dir.resolve(c.cli() + "-macro"), viaCli = dir.resolve(c.cli() + "-cli");
		String recording = c.recording() ? "recording=" + healthy.resolve("raster.tif") : null;
		CommandModule module = macro(c.command(), (recording == null ? "" : recording + " ") + c.key() + " output=["
			+ viaMacro + "]");
		assertFalse(module.isCanceled(), module.getCancelReason());
		List<String> args = new ArrayList<>(List.of(c.cli()));
		if (recording != null) args.add(recording);
		args.add(c.key());
		args.add("output=" + viaCli);
		assertEquals(0, cli(args.toArray(String[]::new)), String.join(" ", args));
		assertSameFiles(viaCli, viaMacro);
	}

	static List<OneKeyCases.Case> cases() {
		return OneKeyCases.CASES;
	}

	@Test
	void everyCommandThatWritesFilesHasACase() {
		List<String> covered = OneKeyCases.CASES.stream().map(c -> c.command().getName()).toList();
		for (CommandInfo info : context.service(CommandService.class).getCommands()) {
			boolean ours = info.getClassName().startsWith("org.neurotd.");
			if (ours && info.getInput("output") != null) {
				assertTrue(covered.contains(info.getClassName()), info.getClassName() + " has no line in OneKeyCases:"
					+ " add one (its command-line name and one key)");
			}
		}
	}

	@Test
	void withoutAMacroTheDialogStillAsks() throws Exception {
		CommandModule module = context.service(CommandService.class).run(org.neurotd.commands.SimulatePopulation.class,
			true, "seed", 2L).get();
		assertTrue(module.isCanceled(), "the stand-in harvester was left inputs to ask for");
		assertTrue(module.getCancelReason().startsWith("a dialog would ask for [neurons, trials, "),
			module.getCancelReason());
	}

	@Test
	void reproduceAcrossRoutes() throws Exception {
		Path viaMacro = dir.resolve("made-by-macro");
		assertFalse(macro(org.neurotd.commands.SimulatePopulation.class, "neurons=15 trials=2 training=40 output=["
			+ viaMacro + "]").isCanceled());
		assertEquals(0, cli("reproduce", "saved=" + viaMacro), "the command line reproduces a macro-made folder");
		CommandModule check = macro(org.neurotd.commands.ReproduceCommand.class, "saved=[" + healthy + "]");
		assertFalse(check.isCanceled(), check.getCancelReason());
		assertEquals(true, check.getOutput("identical"), "the macro route reproduces a folder the command line made");
	}

	/** The command line's one error line for these arguments (exit status 2). */
	private static String cliError(String... args) {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		assertEquals(2, Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true,
			StandardCharsets.UTF_8)), String.join(" ", args));
		String line = err.toString(StandardCharsets.UTF_8).strip();
		assertTrue(line.startsWith("error: "), line);
		return line.substring("error: ".length());
	}

	@Test
	void badInputIsRefusedInTheCommandLinesWordsAndWritesNothing() throws Exception {
		Path folder = dir.resolve("bad");
		String recording = "recording=" + healthy.resolve("raster.tif");
		String[][] cases = { { "simulate", "neurons=abc" }, { "simulate", "neurons=2.5" }, { "simulate", "seed=x" },
			{ "simulate", "representation=grid" }, { "degrade", "compensation=maybe" }, { "degrade", "loss=1.5" },
			{ "decode", "threshold=NaN" } };
		for (String[] c : cases) {
			boolean needsRecording = !c[0].equals("simulate");
			String expected = needsRecording ? cliError(c[0], recording, c[1], "output=" + folder)
				: cliError(c[0], c[1], "output=" + folder);
			Class<? extends DopamineCommand> command = OneKeyCases.CASES.stream().filter(k -> k.cli().equals(c[0]))
				.findFirst().orElseThrow().command();
			String options = (needsRecording ? recording + " " : "") + c[1] + " output=[" + folder + "]";
			CommandModule module = refused(command, options);
			assertEquals(expected, module.getCancelReason(), c[0] + " " + c[1]);
			assertFalse(Files.exists(folder), c[1] + " wrote nothing");
		}
		String misspelt = refused(org.neurotd.commands.SimulatePopulation.class, "nuerons=50 output=[" + folder + "]")
			.getCancelReason();
		assertTrue(misspelt.startsWith("nuerons: is not a parameter of Simulate Population; its parameters: neurons, "),
			misspelt);
		assertFalse(Files.exists(folder));
	}

	/** The cancelled module of a refused macro line; its one printed line is the cancel reason. */
	private static CommandModule refused(Class<? extends DopamineCommand> command, String options) throws Exception {
		PrintStream err = System.err;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
		CommandModule module;
		try {
			module = macro(command, options);
		}
		finally {
			System.setErr(err);
		}
		assertTrue(module.isCanceled(), options);
		String label = command.getAnnotation(org.scijava.plugin.Plugin.class).label();
		assertEquals(label + ": " + module.getCancelReason(), printed.toString(StandardCharsets.UTF_8).strip(),
			"one printed line");
		return module;
	}
}
