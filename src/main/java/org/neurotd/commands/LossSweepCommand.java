package org.neurotd.commands;

import java.util.List;

import org.neurotd.params.Key;
import org.neurotd.report.OutputFolder;
import org.neurotd.sweep.Shard;
import org.neurotd.sweep.SweepKeys;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/** The Parkinson's loss sweep: how value contrast, d' and freezing change with neuron loss. */
@Plugin(type = Command.class, name = "sweep", priority = 20, menuPath = LossSweepCommand.MENU_PATH,
	label = "Parkinson's Loss Sweep",
	description = "Degrade healthy recordings at several loss levels and decode each: the flattening curve"
		+ " (a hypothesis that depends on the receptor readout)")
public class LossSweepCommand extends SweepInputs {

	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + "Parkinson's Loss Sweep";

	/** The part of the sweep to run. */
	static final List<Key<?>> INPUTS = List.of(SweepKeys.SHARD);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Shard",
		description = "i/n: run only part i (0 to n-1) of the seed x loss cells, to merge later with the merge"
			+ " command (empty = the whole sweep)", required = false, persist = false)
	private String shard = "";
	// END DECLARED INPUTS

	@Override
	protected void execute() {
		String shard = values().get(SweepKeys.SHARD);
		Shard part = shard == null || shard.isBlank() ? Shard.WHOLE : Shard.parse(shard);
		sweep(part, 0);
		OutputFolder folder = preparedOutput();
		if (folder != null) commitSweep(folder);
	}
}
