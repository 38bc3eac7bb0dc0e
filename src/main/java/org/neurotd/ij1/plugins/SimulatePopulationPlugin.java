package org.neurotd.ij1.plugins;

import org.neurotd.commands.SimulatePopulation;

/** ImageJ 1.x menu entry of {@link SimulatePopulation}. */
public class SimulatePopulationPlugin extends CommandTwin {

	/** The entry plugins.config installs. */
	public SimulatePopulationPlugin() {
		super(SimulatePopulation.class);
	}
}
