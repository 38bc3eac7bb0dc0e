package org.neurotd.distributional;

/** The two populations the experiment records. */
public enum Code {
	/**
	 * Each neuron learns its own prediction with its own optimism: alpha+ and alpha- in the ratio
	 * of its asymmetry, which also sets its burst and pause gains (Dabney et al. 2020).
	 */
	DISTRIBUTIONAL("distributional"),
	/**
	 * All neurons carry one error from one prediction learnt with equal rates; their gains differ
	 * only by noise around symmetry.
	 */
	CLASSICAL("classical");

	private final String key;

	Code(String key) {
		this.key = key;
	}

	/** The name in file names and tables. */
	public String key() {
		return key;
	}
}
