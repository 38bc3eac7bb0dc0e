package org.neurotd.forage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neurotd.commands.ForageCommand;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/**
 * The forager's inputs that its keys' ranges alone do not catch (lists, and one key against
 * another) end the run with a reason naming the key and what is allowed, and write nothing.
 */
class ForageBadInputTest {

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
		return Stream.of(
			Arguments.of(new Object[] { "balances", "0.25,0,4" }, "balances", "each a number from 0.01 to 100"),
			Arguments.of(new Object[] { "balances", "low,high" }, "balances", "comma-separated list"),
			Arguments.of(new Object[] { "balances", "" }, "balances", "comma-separated list"),
			Arguments.of(new Object[] { "richness", "3,0.01" }, "richness", "each a number from 0.1 to 600"),
			Arguments.of(new Object[] { "species", "ant" }, "species", "primate"),
			Arguments.of(new Object[] { "dopamine_role", "both" }, "dopamine_role", "exploit"),
			Arguments.of(new Object[] { "trials", 50, "recorded", 60 }, "recorded", "at most the bandit trials"),
			Arguments.of(new Object[] { "neurons", 100_000, "recorded", 60 }, "recorded", "neuron-trials"),
			Arguments.of(new Object[] { "stimulant", -1.0 }, "stimulant", "from 0 to 10"));
	}

	@ParameterizedTest
	@MethodSource("badInputs")
	void isRefusedWithTheKeyAndItsAllowedValuesNamedAndNothingWritten(Object[] inputs, String key, String allowed)
		throws Exception
	{
		File out = dir.resolve(key + "-" + inputs[1].toString().replaceAll("\\W", "_")).toFile();
		Object[] all = Stream.concat(Stream.of(inputs), Stream.of("output", out)).toArray();
		CommandModule m = context.service(CommandService.class).run(ForageCommand.class, true, all).get();
		assertTrue(m.isCanceled(), "refused");
		assertTrue(m.getCancelReason().startsWith(key), m.getCancelReason());
		assertTrue(m.getCancelReason().contains(allowed), m.getCancelReason());
		assertFalse(out.exists(), "no output folder for refused input");
	}
}
