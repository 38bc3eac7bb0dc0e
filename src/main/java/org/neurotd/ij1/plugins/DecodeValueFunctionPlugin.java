package org.neurotd.ij1.plugins;

import org.neurotd.commands.DecodeValueFunction;

/** ImageJ 1.x menu entry of {@link DecodeValueFunction}. */
public class DecodeValueFunctionPlugin extends CommandTwin {

	/** The entry plugins.config installs. */
	public DecodeValueFunctionPlugin() {
		super(DecodeValueFunction.class);
	}
}
