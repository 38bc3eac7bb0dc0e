package org.neurotd.parkinson;

import org.neurotd.params.Require;

/**
 * Parkinson's degradation (science notes, section 3).
 *
 * @param loss fraction of dopamine cell bodies lost
 * @param denervation fraction of the survivors' striatal terminals lost (terminals die ahead of
 *          cell bodies: Kordower et al. 2013)
 * @param compensation whether survivors raise release per spike (Zigmond et al. 1990)
 * @param cap largest compensation factor (4 makes compensation complete up to 75 % loss)
 * @param seed seed for the choice of lost neurons
 */
public record DegradationParameters(double loss, double denervation, boolean compensation, double cap, long seed) {

	/** Validates the ranges. */
	public DegradationParameters {
		Require.fraction("loss", loss);
		Require.between("denervation", denervation, 0.0, 0.99);
		Require.between("cap", cap, 1.0, 100.0);
	}

	/** 80 % cell loss, 30 % terminal loss and the default compensation, for a quick look. */
	public static DegradationParameters defaults() {
		return new DegradationParameters(0.8, 0.3, true, 4.0, 1);
	}
}
