package org.neurotd.selection;

import java.util.Locale;

/** How striatal learning reads the dopamine concentration. */
public enum SelectionReadout {
	/**
	 * Go learning follows D1 occupancy (low affinity: driven by bursts), NoGo learning the drop
	 * of D2 occupancy (high affinity: occupied at the tonic level, emptied by dips).
	 */
	RECEPTOR,
	/** Both pathways read the same linear change of concentration: bursts and dips alike. */
	LINEAR;

	/** The key in parameters: {@code receptor} or {@code linear}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
