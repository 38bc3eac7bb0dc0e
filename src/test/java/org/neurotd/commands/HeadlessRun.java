package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.scijava.command.Command;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;

/** Runs a command through the CommandService as a headless script would. */
public final class HeadlessRun {

	private HeadlessRun() {}

	/**
	 * The finished module of {@code command} run with {@code inputs} (name, value, ...); the test
	 * fails with the command's cancel reason if it was cancelled.
	 */
	public static CommandModule completed(CommandService commands, Class<? extends Command> command,
		Object... inputs) throws Exception
	{
		CommandModule module = commands.run(command, true, inputs).get();
		assertFalse(module.isCanceled(), String.valueOf(module.getCancelReason()));
		return module;
	}
}
