package org.neurotd.imagej;

import ij.ImagePlus;

import java.io.File;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neurotd.commands.DopamineCommand;
import org.neurotd.params.Key;
import org.scijava.Context;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.module.ModuleItem;
import org.scijava.service.Service;

/**
 * One input of a SciJava command as a field of an ImageJ 1.x dialog. The field's label is the
 * parameter name (capitalised; ImageJ shows underscores as spaces), so the key ImageJ reads and
 * records for it is exactly the command's parameter name.
 *
 * @param key the parameter name: macro, script and command-line key
 * @param kind how the field is shown and read
 * @param defaultValue the command's default
 * @param choices the allowed values of a choice
 * @param description the command's description of the parameter
 * @param label the command's label of the parameter
 * @param declared the parameter's declaration, which reads and checks a macro's text for it as
 *        the command line does
 */
public record DialogField(String key, Kind kind, Object defaultValue, List<String> choices, String description,
	String label, Key<?> declared)
{

	/** How a field is shown and read. */
	public enum Kind {
		/** An int or long. */
		INTEGER,
		/** A double. */
		NUMBER,
		/** A checkbox: a bare key or {@code key=true} ticks it. */
		BOOLEAN,
		/** One of a list of words. */
		CHOICE,
		/** Free text. */
		TEXT,
		/** A folder; empty means none. */
		FOLDER,
		/** A recording: the title of an open image or the path of a recording TIFF. */
		RECORDING
	}

	/** The dialog label; {@code ij.Macro.trimKey(dialogLabel())} is the key. */
	public String dialogLabel() {
		return Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}

	/** Shown right of a numeric field ("ms"), or empty. */
	public String units() {
		return declared.unit();
	}

	/** Decimal places that show the default value exactly (none for integers). */
	public int digits() {
		if (kind != Kind.NUMBER) return 0;
		int scale = new BigDecimal(defaultValue.toString()).stripTrailingZeros().scale();
		return Math.max(0, Math.min(6, scale));
	}

	/** The fields of a command's user inputs (services left out), in the command's order. */
	public static List<DialogField> of(CommandInfo info) {
		CommandModule defaults;
		try {
			defaults = (CommandModule) info.createModule();
		}
		catch (org.scijava.module.ModuleException e) {
			throw new IllegalStateException("cannot instantiate " + info.getClassName(), e);
		}
		Map<String, Key<?>> declared = new HashMap<>();
		for (Key<?> k : ((DopamineCommand) defaults.getCommand()).keys()) declared.put(k.name(), k);
		List<DialogField> fields = new ArrayList<>();
		for (ModuleItem<?> item : info.inputs()) {
			if (!isUserInput(item)) continue;
			Key<?> key = declared.get(item.getName());
			if (key == null) throw new IllegalStateException(info.getClassName() + " has no key " + item.getName());
			List<String> choices = item.getChoices() == null ? List.of()
				: item.getChoices().stream().map(String::valueOf).toList();
			fields.add(new DialogField(item.getName(), kind(item.getType(), choices), defaults.getInput(item.getName()),
				choices, item.getDescription(), item.getLabel(), key));
		}
		return fields;
	}

	/** Whether a person or a macro sets this input (services and the context are filled by SciJava). */
	static boolean isUserInput(ModuleItem<?> item) {
		Class<?> type = item.getType();
		return !Service.class.isAssignableFrom(type) && !Context.class.isAssignableFrom(type);
	}

	private static Kind kind(Class<?> type, List<String> choices) {
		if (type == int.class || type == long.class) return Kind.INTEGER;
		if (type == double.class) return Kind.NUMBER;
		if (type == boolean.class) return Kind.BOOLEAN;
		if (type == File.class) return Kind.FOLDER;
		if (type == ImagePlus.class) return Kind.RECORDING;
		if (type == String.class) return choices.isEmpty() ? Kind.TEXT : Kind.CHOICE;
		throw new IllegalStateException("no dialog field for " + type);
	}
}
