package org.neurotd.forage;

import org.neurotd.params.Require;

/**
 * Whose neuromodulators set the balance: the same model, named for the animal. In primates the
 * balance is dopamine : serotonin; in honeybees octopamine : tyramine (the seed's proposal, a
 * hypothesis: the model maps either ratio to exploration the same way).
 */
public enum Species {
	/** Dopamine : serotonin. */
	PRIMATE("primate", "dopamine", "serotonin"),
	/** Octopamine : tyramine. */
	HONEYBEE("honeybee", "octopamine", "tyramine");

	private final String key;
	private final String raising;
	private final String opposing;

	Species(String key, String raising, String opposing) {
		this.key = key;
		this.raising = raising;
		this.opposing = opposing;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/** The modulator a stimulant raises (the balance's numerator). */
	public String raising() {
		return raising;
	}

	/** The balance as words, e.g. {@code dopamine : serotonin}. */
	public String balance() {
		return raising + " : " + opposing;
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static Species parse(String value) {
		return Require.choice("species", value, values(), Species::key);
	}
}
