package org.neurotd.commands;

import org.neurotd.report.OutputFolder;
import org.scijava.command.Command;
import org.scijava.plugin.Plugin;

/** The Parkinson's loss sweep: how value contrast, d' and freezing change with neuron loss. */
@Plugin(type = Command.class, menuPath = LossSweepCommand.MENU_PATH, label = "Parkinson's Loss Sweep",
	description = "Degrade healthy recordings at several loss levels and decode each: the flattening curve"
		+ " (a hypothesis that depends on the receptor readout)")
public class LossSweepCommand extends SweepInputs {

	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + "Parkinson's Loss Sweep";

	@Override
	protected void execute() {
		sweep(0);
		OutputFolder folder = preparedOutput();
		if (folder != null) commitSweep(folder);
	}
}
