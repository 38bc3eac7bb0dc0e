package org.neurotd.cli;

import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurotd.params.InvalidParameterException;
import org.scijava.Context;
import org.scijava.convert.ConvertService;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.PluginService;
import org.scijava.module.MutableModuleItem;
import org.scijava.script.ScriptInfo;
import org.scijava.script.ScriptModule;
import org.scijava.script.ScriptService;
import org.scijava.service.Service;

/**
 * {@code --run SCRIPT 'key=value,...'}: runs a SciJava script (with {@code #@} parameters) headless
 * through the ScriptService, as Fiji's {@code --headless --run} does, but stricter: every input
 * must be given (nothing is filled from values saved by an earlier run), and a script that
 * throws makes the exit status non-zero.
 */
final class ScriptRunner {

	private final PrintStream out;
	private final PrintStream err;
	private final boolean debug;

	ScriptRunner(PrintStream out, PrintStream err, boolean debug) {
		this.out = out;
		this.err = err;
		this.debug = debug;
	}

	/** Runs the script; returns the exit status (0 done, 1 the script failed). */
	int run(Path script, String arguments) {
		if (!Files.isRegularFile(script)) throw new UsageException("no script " + script);
		try (Context context = new Context()) {
			String name = script.getFileName().toString();
			String extension = name.substring(name.lastIndexOf('.') + 1);
			if (context.service(ScriptService.class).getLanguageByExtension(extension) == null) {
				throw new UsageException("no script language for ." + extension + " files (the command line runs Groovy:"
					+ " .groovy)");
			}
			ScriptInfo info = new ScriptInfo(context, script.toFile());
			Map<String, Object> inputs = inputs(context, info, parse(arguments));
			ScriptModule module = info.createModule();
			context.inject(module);
			StringWriter errors = new StringWriter();
			module.setErrorWriter(errors);
			inputs.forEach((key, value) -> {
				module.setInput(key, value);
				module.resolveInput(key);
			});
			// the preprocessors fill the services and check the inputs; none is shown a dialog here
			for (PreprocessorPlugin p : context.service(PluginService.class).createInstancesOfType(
				PreprocessorPlugin.class))
			{
				p.process(module);
				if (p.isCanceled()) throw new UsageException(p.getCancelReason());
			}
			module.run();
			if (errors.getBuffer().length() > 0) return failed(name, errors.toString());
			for (ModuleItem<?> item : info.outputs()) {
				Object value = module.getOutput(item.getName());
				if (value != null) out.println(item.getName() + " = " + value);
			}
			return 0;
		}
		catch (org.scijava.module.ModuleException e) {
			throw new IllegalStateException("cannot run " + script + ": " + e.getMessage(), e);
		}
	}

	/** The first line of what the script threw (all of it with --debug); exit status 1. */
	private int failed(String script, String trace) {
		String first = trace.lines().findFirst().orElse(trace);
		err.println("error: " + script + " failed: " + first.replaceFirst("^[\\w.$]+(Exception|Error): ", ""));
		if (debug) err.println(trace);
		else err.println("(run again with --debug for the stack trace)");
		return 1;
	}

	/** Typed inputs; every input the script declares must be given, and nothing else. */
	private static Map<String, Object> inputs(Context context, ScriptInfo info, Map<String, String> given) {
		ConvertService convert = context.service(ConvertService.class);
		Map<String, Object> inputs = new LinkedHashMap<>();
		List<String> missing = new ArrayList<>();
		List<String> known = new ArrayList<>();
		for (ModuleItem<?> item : info.inputs()) {
			Class<?> type = item.getType();
			if (Service.class.isAssignableFrom(type) || Context.class.isAssignableFrom(type)) continue;
			if (item instanceof MutableModuleItem<?> m) m.setPersisted(false);
			String key = item.getName();
			known.add(key);
			String text = given.get(key);
			if (text == null) {
				missing.add(key + " (" + inWords(type) + ")");
				continue;
			}
			List<?> choices = item.getChoices();
			if (choices != null && !choices.isEmpty() && !choices.contains(text)) {
				throw new InvalidParameterException(key, text, "one of " + choices);
			}
			Object value = convert.convert(text, type);
			if (value == null) throw new InvalidParameterException(key, text, inWords(type));
			inputs.put(key, value);
		}
		for (String key : given.keySet()) {
			if (!known.contains(key)) {
				throw new UsageException("unknown input '" + key + "'; the script's inputs: " + String.join(", ", known));
			}
		}
		if (!missing.isEmpty()) {
			throw new UsageException("the script needs every input; missing: " + String.join(", ", missing));
		}
		return inputs;
	}

	/** What a script input of {@code type} accepts, in words: "an integer", not "a Integer". */
	static String inWords(Class<?> type) {
		if (type == int.class || type == long.class || type == Integer.class || type == Long.class
			|| type == short.class || type == Short.class || type == byte.class || type == Byte.class) return "an integer";
		if (type == double.class || type == float.class || type == Double.class || type == Float.class) return "a number";
		if (type == boolean.class || type == Boolean.class) return "true or false";
		if (type == java.io.File.class) return "a file or folder path";
		if (type == String.class) return "text";
		return "a value of type " + type.getSimpleName();
	}

	/** {@code a=1,b="x, y",c=/some/path}: values may be quoted to hold commas. */
	static Map<String, String> parse(String arguments) {
		Map<String, String> values = new LinkedHashMap<>();
		if (arguments == null || arguments.isBlank()) return values;
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		boolean quoted = false;
		for (char c : arguments.toCharArray()) {
			if (c == '"') quoted = !quoted;
			if (c == ',' && !quoted) {
				parts.add(part.toString());
				part.setLength(0);
			}
			else part.append(c);
		}
		parts.add(part.toString());
		for (String p : parts) {
			int eq = p.indexOf('=');
			if (eq <= 0) throw new UsageException("expected key=value in the script arguments, got '" + p + "'");
			String value = p.substring(eq + 1).trim();
			if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
				value = value.substring(1, value.length() - 1);
			}
			values.put(p.substring(0, eq).trim(), value);
		}
		return values;
	}
}
