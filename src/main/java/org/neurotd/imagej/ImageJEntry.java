package org.neurotd.imagej;

import ij.IJ;
import ij.ImagePlus;
import ij.WindowManager;
import ij.macro.Interpreter;
import ij.plugin.PlugIn;

import java.awt.GraphicsEnvironment;
import java.util.Map;

import org.neurotd.commands.DopamineCommand;
import org.neurotd.params.InvalidParameterException;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandModule;
import org.scijava.module.ModuleItem;

/**
 * The ImageJ 1.x menu entry of every Dopamine TD command. plugins.config passes the SciJava
 * command's class name as the argument, e.g.
 * {@code Plugins>Dopamine TD, "Simulate Population", org.neurotd.imagej.ImageJEntry("org.neurotd.commands.SimulatePopulation")};
 * the dialog fields and macro keys come from the command's SciJava inputs, so a new command
 * needs only its class and that one line. In Fiji the SciJava command replaces this entry (same
 * parent menu and label); in plain ImageJ this entry runs it.
 * <p>
 * Bad input is one message naming the parameter: a dialog when someone is at the screen, one
 * printed line that also stops the macro in batch mode. The outputs the command returns (a
 * recording) open as images, its result lines go to the Log.
 */
public class ImageJEntry implements PlugIn {

	@Override
	public void run(String commandClass) {
		CommandInfo info = SciJavaRunner.command(commandClass);
		String title = info.getLabel();
		try {
			Map<String, Object> inputs = new CommandDialog(info).read();
			if (inputs == null) return;
			CommandModule module = SciJavaRunner.run(info, inputs);
			if (module.isCanceled()) {
				fail(title, module.getCancelReason());
				return;
			}
			showOutputs(module);
		}
		catch (InvalidParameterException e) {
			fail(title, e.getMessage());
		}
	}

	/**
	 * Whether no one can answer a dialog: a batch-mode macro ({@code -batch},
	 * {@code setBatchMode(true)}) or no display at all.
	 */
	static boolean batch() {
		return Interpreter.isBatchMode() || GraphicsEnvironment.isHeadless();
	}

	/**
	 * Reports a refused run. Interactively, ImageJ's error dialog (which also stops a running
	 * macro). In batch mode a dialog would wait for a click that never comes, so the message is
	 * one line on standard error (and the Log, when ImageJ's window is open), and the macro
	 * stops there.
	 */
	static void fail(String title, String message) {
		if (!batch()) {
			IJ.error(title, message);
			return;
		}
		String line = title + ": " + message;
		if (IJ.getInstance() != null) IJ.log(line);
		System.err.println(line);
		Interpreter macro = Interpreter.getInstance();
		if (macro != null) {
			// ImageJ swallows an exception thrown from a command, and the interpreter's own abort
			// shows its error dialog unless told to ignore errors: told so, it just ends the macro
			macro.setIgnoreErrors(true);
			macro.abort(line);
			macro.setIgnoreErrors(false);
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
