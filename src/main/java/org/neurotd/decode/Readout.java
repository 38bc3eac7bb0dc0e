package org.neurotd.decode;

import org.neurotd.params.Require;

/** How striatal plasticity reads dopamine release. */
public enum Readout {
	/**
	 * Saturating receptor activation with a detection threshold: errors whose release falls
	 * below the threshold teach nothing. The flattening of value depends on it (hypothesis).
	 */
	RECEPTOR("receptor"),
	/** Release minus tonic level, read linearly: loss only slows learning and adds noise. */
	LINEAR("linear");

	private final String key;

	Readout(String key) {
		this.key = key;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static Readout parse(String value) {
		return Require.choice("readout", value, values(), Readout::key);
	}
}
