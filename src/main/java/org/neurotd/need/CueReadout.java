package org.neurotd.need;

import org.neurotd.params.Require;

/** How the cue's value is read out when the need changes. */
public enum CueReadout {
	/**
	 * Model-free TD (Schultz, Dayan &amp; Montague 1997): the cue's cached value was learned from
	 * the utility the outcome had, so it changes only as new pairings teach it.
	 */
	TD("td"),
	/**
	 * A state-dependent (incentive) readout (Zhang, Berridge, Tindell, Smith &amp; Aldridge 2009):
	 * the cue predicts the outcome itself, and its value is that prediction times the current need,
	 * so it changes at once with the need (as Robinson &amp; Berridge 2013 saw after salt depletion).
	 */
	INCENTIVE("incentive");

	private final String key;

	CueReadout(String key) {
		this.key = key;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static CueReadout parse(String value) {
		return Require.choice("readout", value, values(), CueReadout::key);
	}
}
