package org.neurotd.parkinson;

/**
 * Parkinson's degradation (science notes, section 3).
 *
 * @param loss fraction of dopamine cell bodies lost
 * @param denervation fraction of the survivors' striatal terminals lost (terminals die ahead of
 *          cell bodies: Kordower et al. 2013)
 * @param compensation whether survivors raise release per spike (Zigmond et al. 1990)
 * @param cap largest compensation factor (4 makes compensation complete up to 75 % loss)
 * @param lossOrder which neurons die first
 * @param seed seed for the choice of lost neurons
 */
public record DegradationParameters(double loss, double denervation, boolean compensation, double cap,
	LossOrder lossOrder, long seed)
{

	/** Validates the ranges. */
	public DegradationParameters {
		DegradationKeys.LOSS.require(loss);
		DegradationKeys.DENERVATION.require(denervation);
		DegradationKeys.CAP.require(cap);
	}

	/** 80 % cell loss, 30 % terminal loss and the default compensation, for a quick look. */
	public static DegradationParameters defaults() {
		return DegradationKeys.BLOCK.defaults();
	}
}
