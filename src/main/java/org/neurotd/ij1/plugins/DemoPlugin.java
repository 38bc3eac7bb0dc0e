package org.neurotd.ij1.plugins;

import org.neurotd.commands.DemoCommand;

/** ImageJ 1.x menu entry of {@link DemoCommand}. */
public class DemoPlugin extends CommandTwin {

	/** The entry plugins.config installs. */
	public DemoPlugin() {
		super(DemoCommand.class);
	}
}
