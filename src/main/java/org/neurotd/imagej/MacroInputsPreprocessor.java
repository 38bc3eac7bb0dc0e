package org.neurotd.imagej;

import ij.IJ;

import java.util.Map;

import org.neurotd.commands.DopamineCommand;
import org.neurotd.params.InvalidParameterException;
import org.scijava.Priority;
import org.scijava.command.CommandInfo;
import org.scijava.module.Module;
import org.scijava.module.ModuleItem;
import org.scijava.module.process.AbstractPreprocessorPlugin;
import org.scijava.module.process.PreprocessorPlugin;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;
import org.scijava.thread.ThreadService;

/**
 * Fiji's macro route: when an ImageJ macro runs one of the Dopamine TD commands, every input
 * the macro line leaves out takes the command's default, so the input harvester (which asks
 * only for unresolved inputs) opens no dialog, and the given ones are read from the options as
 * the ImageJ 1.x entry reads them (unknown keys refused, bare checkbox keys on). A batch-mode
 * macro line without options runs with the defaults too; interactive use from the menu, with no
 * macro running, keeps the dialog.
 * <p>
 * It runs after imagej-legacy's own macro preprocessor (which sets the inputs it can convert and
 * leaves the others to the dialog) and the module's initialisation, before the harvester. Bad
 * input cancels the command with the message naming the key, shown as the entry shows it: one
 * printed line that stops a batch macro, or ImageJ's error dialog.
 */
@Plugin(type = PreprocessorPlugin.class, priority = MacroInputsPreprocessor.PRIORITY)
public class MacroInputsPreprocessor extends AbstractPreprocessorPlugin {

	/** After initialisation ({@code InitPreprocessor}, 100) and before the input harvester (-10000). */
	public static final double PRIORITY = Priority.LOW;

	@Parameter(required = false)
	private ThreadService threads;

	@Override
	public void process(Module module) {
		if (!(module.getDelegateObject() instanceof DopamineCommand) || !(module.getInfo() instanceof CommandInfo info)) return;
		String options = MacroThread.options(threads);
		boolean macro = options != null || IJ.isMacro() && ImageJEntry.batch();
		if (!macro || allResolved(module)) return;
		MacroOptions given = MacroOptions.parse(options == null ? "" : options);
		try {
			for (Map.Entry<String, Object> input : new CommandDialog(info).fromOptions(given).entrySet()) {
				String name = input.getKey();
				if (given.value(name) == null && module.isInputResolved(name)) continue;
				module.setInput(name, input.getValue());
				module.resolveInput(name);
			}
		}
		catch (InvalidParameterException e) {
			cancel(e.getMessage());
			ImageJEntry.fail(info.getLabel(), e.getMessage());
		}
	}

	/** Whether nothing is left for a dialog to ask (the ImageJ 1.x entry passes every input). */
	private static boolean allResolved(Module module) {
		for (ModuleItem<?> item : module.getInfo().inputs()) {
			if (!module.isInputResolved(item.getName()) && DialogField.isUserInput(item)) return false;
		}
		return true;
	}
}
