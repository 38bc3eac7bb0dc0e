package org.neurotd.population;

import org.neurotd.params.Require;

/** The firing models a user can choose, by their parameter value. */
public enum Firing {
	/** Gamma renewal: more regular than Poisson, as recorded dopamine and serotonin neurons are. */
	GAMMA("gamma"),
	/** Inhomogeneous Poisson: the most irregular renewal process. */
	POISSON("poisson");

	private final String key;

	Firing(String key) {
		this.key = key;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static Firing parse(String value) {
		return Require.choice("firing", value, values(), Firing::key);
	}
}
