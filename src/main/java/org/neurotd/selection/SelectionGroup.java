package org.neurotd.selection;

import java.util.Locale;

/** The three groups of Frank, Seeberger &amp; O'Reilly (2004). */
public enum SelectionGroup {
	/** Controls: the whole dopamine population, no medication. */
	HEALTHY,
	/** Parkinson's off medication: most dopamine neurons lost, no L-DOPA. */
	PD_OFF,
	/** Parkinson's on L-DOPA: the same loss, with raised release per spike and raised tonic dopamine. */
	PD_ON;

	/** The name used in keys and tables: {@code healthy}, {@code pd_off}, {@code pd_on}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the group has lost dopamine neurons. */
	public boolean parkinsonian() {
		return this != HEALTHY;
	}

	/** Whether the group takes L-DOPA. */
	public boolean medicated() {
		return this == PD_ON;
	}
}
