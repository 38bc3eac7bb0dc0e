package org.neurotd.ij1.plugins;

import org.neurotd.commands.ReproduceCommand;

/** ImageJ 1.x menu entry of {@link ReproduceCommand}. */
public class ReproducePlugin extends CommandTwin {

	/** The entry plugins.config installs. */
	public ReproducePlugin() {
		super(ReproduceCommand.class);
	}
}
