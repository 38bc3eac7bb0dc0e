package org.neurotd.ij1.plugins;

import org.neurotd.commands.LossSweepCommand;

/** ImageJ 1.x menu entry of {@link LossSweepCommand}. */
public class LossSweepPlugin extends CommandTwin {

	/** The entry plugins.config installs. */
	public LossSweepPlugin() {
		super(LossSweepCommand.class);
	}
}
