package org.neurotd.cli;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.neurotd.commands.CommandIndex;
import org.neurotd.commands.DopamineCommand;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;

/**
 * Runs the plugin's SciJava commands from the command line, with the same keys as macros: the
 * command line is one more front end over the same commands. Commands are found in SciJava's
 * plugin index ({@link CommandIndex}); their keys, defaults and ranges come from their declared
 * {@link DopamineCommand#keys() keys}.
 */
final class CommandLine {

	/** Where demo writes when no output is given. */
	static final String DEMO_OUTPUT = "demo-output";

	/** Progress on stderr: shown on a terminal unless {@code progress=false}, elsewhere only with {@code progress=true}. */
	static final Key<Boolean> PROGRESS = Key.flag("progress", false).label("Progress").executionOnly()
		.describe("Print progress (stage, done/total) to stderr at most once a second; on by itself when stderr is a"
			+ " terminal");

	private final PrintStream out;
	private final PrintStream err;

	CommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** The commands by command-line name, from the plugin index. */
	static Map<String, CommandInfo> commands(Context context) {
		return CommandIndex.byName(context.service(CommandService.class));
	}

	static String usage() {
		StringBuilder sb = new StringBuilder("Dopamine TD: TD-error dopamine populations, Parkinson's loss, value flattening\n\n")
			.append("usage: java -jar dopamine-td.jar COMMAND [key=value ...]   (COMMAND --help lists its keys)\n\n")
			.append("commands:\n");
		try (Context context = context()) {
			commands(context).forEach((name, info) -> sb.append(String.format("  %-10s %s%n", name, info.getDescription())));
		}
		sb.append(String.format("  %-10s %s%n", "merge", Merge.DESCRIPTION));
		sb.append(String.format("  %-10s %s%n", "bench", Bench.DESCRIPTION));
		return sb.append("\nscripts: java -jar dopamine-td.jar --headless --run SCRIPT.groovy 'key=value,...'\n")
			.append("\noptions: --debug (stack traces); progress=true|false (progress on stderr; default: only on a"
				+ " terminal)\n").toString();
	}

	int run(String name, String[] args) {
		try (Context context = context()) {
			Map<String, CommandInfo> commands = commands(context);
			CommandInfo info = commands.get(name);
			if (info == null) {
				throw new UsageException("unknown command '" + name + "'; commands: " + String.join(", ", commands.keySet())
					+ ", merge, bench");
			}
			List<Key<?>> keys = CommandIndex.instance(info).keys();
			if (List.of(args).contains("--help")) {
				out.print(Help.text(name, info.getDescription(), keys, name.equals("demo") ? DEMO_OUTPUT : null));
				return 0;
			}
			Map<String, String> given = KeyValues.parse(name, args, keys, List.of(PROGRESS));
			boolean progress = given.containsKey(PROGRESS.name()) ? PROGRESS.parse(given.remove(PROGRESS.name()))
				: System.console() != null;
			return execute(context, info, inputs(name, keys, given), progress);
		}
	}

	private int execute(Context context, CommandInfo info, Map<String, Object> inputs, boolean showProgress) {
		// The cancel reason is printed as the one error line; the command's own log of it would repeat it.
		context.service(LogService.class).setLevel(LogLevel.NONE);
		ProgressLine progress = new ProgressLine(err, showProgress);
		context.service(org.scijava.event.EventService.class).subscribe(progress);
		try {
			CommandModule module = context.service(CommandService.class).run(info, true, inputs).get();
			progress.finish();
			if (module.isCanceled()) {
				err.println("error: " + module.getCancelReason());
				return 2;
			}
			DopamineCommand command = (DopamineCommand) module.getCommand();
			out.print(command.summary());
			Object output = inputs.get(RunKeys.OUTPUT.name());
			if (output != null) out.println("outputs written to " + output);
			return command.exitStatus();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted", e);
		}
		catch (ExecutionException e) {
			Throwable cause = e.getCause() != null ? e.getCause() : e;
			if (cause instanceof OutOfMemoryError) {
				throw new IllegalStateException("out of memory: give Java more (java -Xmx8g -jar ...) or use fewer neurons"
					+ " or trials", cause);
			}
			throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause.getMessage(), cause);
		}
	}

	/** The given key=value text as the command's typed inputs; every problem names the key. */
	private static Map<String, Object> inputs(String name, List<Key<?>> keys, Map<String, String> given) {
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (Key<?> k : keys) {
			String text = given.get(k.name());
			if (text == null && k.name().equals(RunKeys.OUTPUT.name()) && name.equals("demo")) text = DEMO_OUTPUT;
			if (text == null) {
				if (Help.required(k)) throw new UsageException(k.name() + " is required (" + k.description() + ")");
				continue;
			}
			inputs.put(k.name(), switch (k.type()) {
				case FOLDER, FILE -> new File(text);
				case RECORDING -> RecordingImages.toImage(RecordingImages.open(Path.of(text)), text);
				default -> k.parse(text);
			});
		}
		return inputs;
	}

	static Context context() {
		return new Context(CommandService.class, StatusService.class, LogService.class);
	}
}
