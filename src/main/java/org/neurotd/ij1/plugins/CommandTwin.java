package org.neurotd.ij1.plugins;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Map;

import org.neurotd.commands.DopamineCommand;
import org.neurotd.params.InvalidParameterException;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.module.ModuleItem;
import org.scijava.plugin.Plugin;

/**
 * The ImageJ 1.x front end of one SciJava command: the same menu label, the same macro keys,
 * and the same code, since it runs the SciJava command itself. In Fiji the SciJava command
 * replaces this entry (same parent menu and label); in plain ImageJ this entry runs it.
 * <p>
 * Bad input shows one message naming the parameter (and stops a running macro); the outputs
 * the command returns (a recording) open as images, its result lines go to the Log.
 */
public abstract class CommandTwin implements PlugIn {

	private final Class<? extends DopamineCommand> command;

	/** @param command the SciJava command this entry runs */
	protected CommandTwin(Class<? extends DopamineCommand> command) {
		this.command = command;
	}

	/** The SciJava command this entry runs. */
	public Class<? extends DopamineCommand> command() {
		return command;
	}

	/** The command's SciJava description (label, menu path, inputs, outputs). */
	public CommandInfo info() {
		return new CommandInfo(command, command.getAnnotation(Plugin.class));
	}

	/** The dialog fields, one per user input of the command. */
	public List<DialogField> fields() {
		return DialogField.of(info());
	}

	@Override
	public void run(String arg) {
		CommandInfo info = info();
		String title = info.getLabel();
		try {
			Map<String, Object> inputs = new TwinDialog(title, info.getDescription(), fields()).read();
			if (inputs == null) return;
			CommandModule module = SciJavaRunner.run(info, inputs);
			if (module.isCanceled()) {
				IJ.error(title, module.getCancelReason());
				return;
			}
			showOutputs(module);
		}
		catch (InvalidParameterException e) {
			IJ.error(title, e.getMessage());
		}
	}

	/** Opens the image, or without a display (and outside batch mode) makes it the current one. */
	private static void show(ImagePlus imp) {
		if (GraphicsEnvironment.isHeadless() && !Interpreter.isBatchMode()) WindowManager.setTempCurrentImage(imp);
		else imp.show();
	}

	private static void showOutputs(CommandModule module) {
		for (ModuleItem<?> item : module.getInfo().outputs()) {
			if (module.getOutput(item.getName()) instanceof ImagePlus imp) show(imp);
		}
		String summary = ((DopamineCommand) module.getCommand()).summary();
		for (String line : summary.split("\n")) {
			if (!line.isEmpty()) IJ.log(line);
		}
	}
}
