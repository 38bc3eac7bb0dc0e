package org.neurotd.cli;

import ij.ImagePlus;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.neurotd.commands.CompareLearners;
import org.neurotd.commands.DecodeValueFunction;
import org.neurotd.commands.DegradePopulation;
import org.neurotd.commands.DemoCommand;
import org.neurotd.commands.DopamineCommand;
import org.neurotd.commands.LossSweepCommand;
import org.neurotd.commands.OpponentCommand;
import org.neurotd.commands.ReproduceCommand;
import org.neurotd.commands.SimulatePopulation;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.ParameterText;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.Command;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.command.CommandService;
import org.scijava.log.LogLevel;
import org.scijava.log.LogService;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

/**
 * Runs the plugin's SciJava commands from the command line, with the same parameter names as
 * macros: the command line is one more front end over the same commands.
 */
final class CommandLine {

	/** Command-line names of the commands, in the order --help lists them. */
	static final Map<String, Class<? extends DopamineCommand>> COMMANDS = new LinkedHashMap<>();
	static {
		COMMANDS.put("demo", DemoCommand.class);
		COMMANDS.put("simulate", SimulatePopulation.class);
		COMMANDS.put("degrade", DegradePopulation.class);
		COMMANDS.put("decode", DecodeValueFunction.class);
		COMMANDS.put("sweep", LossSweepCommand.class);
		COMMANDS.put("opponent", OpponentCommand.class);
		COMMANDS.put("compare", CompareLearners.class);
		COMMANDS.put("reproduce", ReproduceCommand.class);
	}

	/** Where demo writes when no output is given. */
	static final String DEMO_OUTPUT = "demo-output";

	private final PrintStream out;
	private final PrintStream err;

	CommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	static String usage() {
		StringBuilder sb = new StringBuilder("Dopamine TD: TD-error dopamine populations, Parkinson's loss, value flattening\n\n")
			.append("usage: java -jar dopamine-td.jar COMMAND [key=value ...]   (COMMAND --help lists its keys)\n\n")
			.append("commands:\n");
		try (Context context = context()) {
			CommandService commands = context.service(CommandService.class);
			COMMANDS.forEach((name, cls) -> sb.append(String.format("  %-10s %s%n", name,
				commands.getCommand(cls).getDescription())));
		}
		sb.append(String.format("  %-10s %s%n", "merge", Merge.DESCRIPTION));
		sb.append(String.format("  %-10s %s%n", "bench", Bench.DESCRIPTION));
		return sb.append("\nscripts: java -jar dopamine-td.jar --headless --run SCRIPT.groovy 'key=value,...'\n")
			.append("\noptions: --debug (stack traces)\n").toString();
	}

	int run(String name, String[] args) {
		Class<? extends DopamineCommand> cls = COMMANDS.get(name);
		if (cls == null) {
			throw new UsageException("unknown command '" + name + "'; commands: " + String.join(", ", COMMANDS.keySet()));
		}
		try (Context context = context()) {
			CommandInfo info = context.service(CommandService.class).getCommand(cls);
			if (List.of(args).contains("--help")) {
				out.print(help(name, info));
				return 0;
			}
			Map<String, Object> inputs = inputs(name, info, args);
			return execute(context, info, inputs);
		}
	}

	private int execute(Context context, CommandInfo info, Map<String, Object> inputs) {
		// The cancel reason is printed as the one error line; the command's own log of it would repeat it.
		context.service(LogService.class).setLevel(LogLevel.NONE);
		ProgressLine progress = new ProgressLine(err);
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
			Object output = inputs.get("output");
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

	/** Converts key=value arguments to typed inputs; every problem names the key. */
	private Map<String, Object> inputs(String name, CommandInfo info, String[] args) {
		Map<String, ModuleItem<?>> items = userInputs(info);
		Map<String, Object> inputs = new LinkedHashMap<>();
		for (String arg : args) {
			int eq = arg.indexOf('=');
			if (eq <= 0) throw new UsageException("expected key=value, got '" + arg + "' (see " + name + " --help)");
			String key = arg.substring(0, eq);
			ModuleItem<?> item = items.get(key);
			if (item == null) {
				throw new UsageException("unknown parameter '" + key + "' for " + name + "; known: "
					+ String.join(", ", items.keySet()));
			}
			inputs.put(key, convert(item, arg.substring(eq + 1)));
		}
		if (name.equals("demo")) inputs.putIfAbsent("output", new File(DEMO_OUTPUT));
		for (ModuleItem<?> item : items.values()) {
			boolean needed = item.getType() == ImagePlus.class || item.getName().equals("output")
				|| item.getType() == File.class && item.isRequired();
			if (needed && !inputs.containsKey(item.getName())) {
				throw new UsageException(item.getName() + " is required on the command line (" + item.getDescription() + ")");
			}
		}
		return inputs;
	}

	private static Object convert(ModuleItem<?> item, String value) {
		Class<?> type = item.getType();
		String key = item.getName();
		Object primitive = ParameterText.primitive(key, type, value, range(item));
		if (primitive != null) return primitive;
		if (type == File.class) return new File(value);
		if (type == ImagePlus.class) return RecordingImages.toImage(RecordingImages.open(Path.of(value)), value);
		if (type == String.class) return choice(item, value);
		throw new IllegalStateException("no conversion for " + type);
	}

	private static String choice(ModuleItem<?> item, String value) {
		List<?> choices = item.getChoices();
		if (choices != null && !choices.isEmpty() && !choices.contains(value)) {
			throw new InvalidParameterException(item.getName(), value, "one of " + choices);
		}
		return value;
	}

	private static String range(ModuleItem<?> item) {
		Object min = item.getMinimumValue(), max = item.getMaximumValue();
		if (min == null && max == null) return "";
		return " from " + (min == null ? "-inf" : min) + " to " + (max == null ? "inf" : max);
	}

	/** The inputs a user sets (services are filled by the context). */
	static Map<String, ModuleItem<?>> userInputs(CommandInfo info) {
		Map<String, ModuleItem<?>> items = new LinkedHashMap<>();
		for (ModuleItem<?> item : info.inputs()) {
			if (!Service.class.isAssignableFrom(item.getType()) && !Context.class.isAssignableFrom(item.getType())) {
				items.put(item.getName(), item);
			}
		}
		return items;
	}

	private static String help(String name, CommandInfo info) {
		StringBuilder sb = new StringBuilder(name + ": " + info.getDescription() + "\n\nparameters (key=value):\n");
		Command defaults = instantiate(info);
		for (ModuleItem<?> item : userInputs(info).values()) {
			String def = item.getType() == ImagePlus.class ? "FILE (a recording TIFF), required"
				: item.getName().equals("output") ? (name.equals("demo") ? DEMO_OUTPUT : "DIR, required")
				: item.getType() == File.class ? "PATH, required"
				: String.valueOf(fieldValue(defaults, item.getName()));
			String choices = item.getChoices() == null || item.getChoices().isEmpty() ? ""
				: " " + item.getChoices().stream().map(String::valueOf).collect(Collectors.joining("|", "{", "}"));
			sb.append(String.format("  %-14s default %s%s%n      %s%s%n", item.getName(), def, choices,
				item.getDescription(), range(item)));
		}
		return sb.toString();
	}

	private static Command instantiate(CommandInfo info) {
		try {
			return (Command) info.loadClass().getDeclaredConstructor().newInstance();
		}
		catch (ReflectiveOperationException | org.scijava.InstantiableException e) {
			throw new IllegalStateException(e);
		}
	}

	private static Object fieldValue(Object command, String name) {
		for (Class<?> c = command.getClass(); c != null; c = c.getSuperclass()) {
			try {
				var f = c.getDeclaredField(name);
				f.setAccessible(true);
				return f.get(command);
			}
			catch (NoSuchFieldException e) {
				// declared in a superclass
			}
			catch (IllegalAccessException e) {
				throw new IllegalStateException(e);
			}
		}
		return null;
	}

	static Context context() {
		return new Context(CommandService.class, StatusService.class, LogService.class);
	}
}
