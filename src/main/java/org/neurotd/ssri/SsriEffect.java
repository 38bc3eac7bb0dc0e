package org.neurotd.ssri;

import org.neurotd.params.Require;

/** Which effect of the drug the cohort shows (both are hypotheses; see the README). */
public enum SsriEffect {
	/**
	 * The seed's hypothesis: serotonin co-released from dopamine terminals displaces dopamine,
	 * so the reward error is blunted and the punishment error, carried by serotonin neurons, is not.
	 */
	REWARD_ONLY("reward_only"),
	/**
	 * As the human data show (Langley et al. 2023), a modest loss to reward and punishment alike:
	 * besides the co-release, the raised extracellular serotonin lowers the sensitivity of the
	 * readout of both errors.
	 */
	BOTH("both");

	private final String key;

	SsriEffect(String key) {
		this.key = key;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static SsriEffect parse(String value) {
		return Require.choice("effect", value, values(), SsriEffect::key);
	}
}
