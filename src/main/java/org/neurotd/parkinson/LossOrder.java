package org.neurotd.parkinson;

import org.neurotd.params.Require;

/**
 * Which dopamine neurons die first. In Parkinson's disease the ventral tier of the substantia
 * nigra pars compacta goes first (at onset about 68 % of its lateral part against 48 % caudally:
 * Fearnley & Lees 1991, Brain 114:2283).
 */
public enum LossOrder {
	/** Every neuron equally likely to be lost. */
	RANDOM("random"),
	/** The ventral tier ({@link #isVentral}) is lost before any neuron of the dorsal tier. */
	VENTRAL_FIRST("ventral_first");

	/**
	 * Share of the population in the ventral tier: the tiers are of similar size in human SNc
	 * (a modelling choice; the tier sizes themselves do not place any result).
	 */
	public static final double VENTRAL_SHARE = 0.5;

	private final String key;

	LossOrder(String key) {
		this.key = key;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static LossOrder parse(String value) {
		return Require.choice("loss_order", value, values(), LossOrder::key);
	}

	/**
	 * Whether neuron {@code i} of {@code n} is in the ventral tier: the first
	 * {@link #VENTRAL_SHARE} of the indices (neurons are drawn independently, so the index says
	 * nothing else about a neuron).
	 */
	public static boolean isVentral(int i, int n) {
		return i < ventralNeurons(n);
	}

	/** Neurons of the ventral tier in a population of {@code n}. */
	public static int ventralNeurons(int n) {
		return (int) Math.round(VENTRAL_SHARE * n);
	}
}
