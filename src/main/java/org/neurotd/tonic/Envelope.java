package org.neurotd.tonic;

import org.neurotd.params.Require;

/** Where the slow tonic envelope acts: on the neurons' firing or on their terminals' release. */
public enum Envelope {
	/** The cells' tonic firing rises with the reward average, and release follows the spikes. */
	FIRING("firing"),
	/**
	 * Firing keeps its tonic rate; release per spike rises with the reward average, local control
	 * at the terminals (Mohebi et al. 2019: accumbens release tracks reward rate, VTA firing does not).
	 */
	RELEASE("release");

	private final String key;

	Envelope(String key) {
		this.key = key;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static Envelope parse(String value) {
		return Require.choice("envelope", value, values(), Envelope::key);
	}
}
