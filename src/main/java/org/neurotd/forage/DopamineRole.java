package org.neurotd.forage;

import org.neurotd.params.Require;

/**
 * Which way more dopamine (octopamine) moves the softmax inverse temperature: both are
 * hypotheses, and the mapping is a model input, not a finding.
 */
public enum DopamineRole {
	/** The seed's view: more dopamine, a higher inverse temperature, a focused exploiter; ADHD-like low dopamine explores. */
	EXPLOIT("exploit", 1),
	/**
	 * Beeler et al. 2010: hyperdopaminergic (dopamine transporter knock-down) mice exploit less;
	 * more tonic dopamine, a lower inverse temperature.
	 */
	EXPLORE("explore", -1);

	private final String key;
	private final int sign;

	DopamineRole(String key, int sign) {
		this.key = key;
		this.sign = sign;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/** +1 when the inverse temperature rises with the balance, -1 when it falls. */
	int sign() {
		return sign;
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static DopamineRole parse(String value) {
		return Require.choice("dopamine_role", value, values(), DopamineRole::key);
	}
}
