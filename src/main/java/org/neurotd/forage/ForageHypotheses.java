package org.neurotd.forage;

import java.util.List;

/** The hypotheses the forager's results rest on, as its outputs state them. */
public final class ForageHypotheses {

	private ForageHypotheses() {}

	/** Written into run.properties and named in the command's description. */
	public static final List<String> ALL = List.of(
		"The balance sets the choice rule (a model input): beta = beta(1) x balance^(+-exponent), bonus = bonus(1) /"
			+ " balance^exponent; the direction is the seed's view (dopamine_role=exploit: more dopamine, a focused"
			+ " exploiter; ADHD-like low dopamine explores) or Beeler et al. 2010's (explore: hyperdopaminergic mice"
			+ " exploit less).",
		"A stimulant raises dopamine (octopamine) and so moves the forager along the continuum: balance x (1 +"
			+ " stimulant) (the seed's view).",
		"Honeybees' octopamine : tyramine balance acts as primates' dopamine : serotonin (the seed's proposal).");
}
