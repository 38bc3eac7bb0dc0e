package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.ImagePlus;
import ij.process.ByteProcessor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/**
 * Bad input ends a command with a reason that names the parameter and what is allowed, and
 * writes nothing.
 */
class BadInputTest {

	private static Context context;

	@TempDir
	static Path dir;

	@BeforeAll
	static void start() {
		context = new Context(CommandService.class, StatusService.class);
	}

	@AfterAll
	static void stop() {
		context.dispose();
	}

	static Stream<Arguments> badInputs() {
		ImagePlus plain = new ImagePlus("plain", new ByteProcessor(30, 20));
		return Stream.of(
			Arguments.of(SimulatePopulation.class, new Object[] { "neurons", 0 }, "neurons=0"),
			Arguments.of(SimulatePopulation.class, new Object[] { "neurons", -5 }, "neurons=-5"),
			Arguments.of(SimulatePopulation.class, new Object[] { "probability", 1.5 }, "probability=1.5"),
			Arguments.of(SimulatePopulation.class, new Object[] { "probability", Double.NaN }, "probability=NaN"),
			Arguments.of(SimulatePopulation.class, new Object[] { "magnitude", Double.NaN }, "magnitude=NaN"),
			Arguments.of(SimulatePopulation.class, new Object[] { "reward_time", 400 }, "reward_time=400"),
			Arguments.of(SimulatePopulation.class, new Object[] { "representation", "tapped" }, "representation=tapped"),
			Arguments.of(LossSweepCommand.class, new Object[] { "losses", "0,1.2" }, "losses=1.2"),
			Arguments.of(LossSweepCommand.class, new Object[] { "losses", "none" }, "losses=none"),
			Arguments.of(DegradePopulation.class, new Object[] { "recording", plain, "loss", 0.5 }, "recording"),
			Arguments.of(DecodeValueFunction.class, new Object[] { "recording", plain }, "recording"),
			Arguments.of(DegradePopulation.class, new Object[] { "recording", null, "loss", 0.5 }, "'recording'"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void isRefusedWithTheParameterNamedAndNothingWritten(Class<? extends Command> command, Object[] inputs,
		String named) throws Exception
	{
		File out = dir.resolve(command.getSimpleName() + "-" + named.replaceAll("\\W", "_")).toFile();
		Object[] all = Stream.concat(Stream.of(inputs), Stream.of("output", out)).toArray();
		CommandModule m = context.service(CommandService.class).run(command, true, all).get();
		assertTrue(m.isCanceled(), "refused");
		assertTrue(m.getCancelReason().startsWith(named), m.getCancelReason());
		assertFalse(out.exists(), "no output folder for refused input");
	}

	@ParameterizedTest
	@MethodSource("lossOutOfRange")
	void lossOutsideZeroOneIsRefused(double loss) throws Exception {
		ImagePlus healthy = (ImagePlus) context.service(CommandService.class)
			.run(SimulatePopulation.class, true, "neurons", 20, "trials", 2, "training", 10).get().getOutput("recording");
		CommandModule m = context.service(CommandService.class)
			.run(DegradePopulation.class, true, "recording", healthy, "loss", loss).get();
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith("loss=" + loss) && m.getCancelReason().contains("from 0 to 1"),
			m.getCancelReason());
	}

	static Stream<Double> lossOutOfRange() {
		return Stream.of(-0.1, 1.5, Double.NaN);
	}

	@Test
	void outputThatIsAFileIsRefused() throws Exception {
		Path file = Files.writeString(dir.resolve("a-file.txt"), "not a folder");
		CommandModule m = context.service(CommandService.class)
			.run(SimulatePopulation.class, true, "neurons", 10, "trials", 1, "output", file.toFile()).get();
		assertTrue(m.isCanceled());
		assertTrue(m.getCancelReason().startsWith("output=") && m.getCancelReason().contains("file"),
			m.getCancelReason());
		assertTrue(Files.readString(file).equals("not a folder"));
	}
}
