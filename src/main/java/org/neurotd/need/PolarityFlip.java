package org.neurotd.need;

import org.neurotd.params.Require;

/**
 * The hunger / acute stress polarity flip, a hypothesis (the seed attributes it to Andermann's
 * lab; no paper showing it was found): in the flipped state the dopamine population encodes
 * aversive instead of reward prediction errors, and the learning it teaches follows.
 */
public enum PolarityFlip {
	/** No flip: the session is the salt experiment alone. */
	NONE("none"),
	/** A stress phase with the polarity flipped, then a recovery phase with it restored. */
	ACUTE("acute"),
	/** A stress phase with the polarity flipped, and chronic stress holding the flip through the recovery phase. */
	CHRONIC("chronic");

	private final String key;

	PolarityFlip(String key) {
		this.key = key;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static PolarityFlip parse(String value) {
		return Require.choice("polarity", value, values(), PolarityFlip::key);
	}
}
