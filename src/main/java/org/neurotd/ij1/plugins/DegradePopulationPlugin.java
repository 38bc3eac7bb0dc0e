package org.neurotd.ij1.plugins;

import org.neurotd.commands.DegradePopulation;

/** ImageJ 1.x menu entry of {@link DegradePopulation}. */
public class DegradePopulationPlugin extends CommandTwin {

	/** The entry plugins.config installs. */
	public DegradePopulationPlugin() {
		super(DegradePopulation.class);
	}
}
