package org.neurotd.ssri;

/**
 * An SSRI cohort (science notes, section 5; a hypothesis throughout).
 *
 * @param subjects number of subjects
 * @param neurons dopamine and serotonin neurons recorded per subject (each)
 * @param dose fraction of serotonin transporters the drug blocks
 * @param spillLevel extracellular serotonin, as a multiple of its drug-free level, above which the
 *          dopamine transporter takes serotonin up into dopamine terminals
 * @param spillover mean of the subjects' spill-over coefficients (how much of the serotonin the
 *          transporter takes up ends up in dopamine vesicles)
 * @param spilloverSpread lognormal sigma of the coefficients across subjects (0 = all alike)
 * @param datBlock whether the dopamine transporter is blocked (no serotonin enters dopamine terminals)
 * @param effect which effect the cohort shows
 * @param seed master seed
 */
public record SsriParameters(int subjects, int neurons, double dose, double spillLevel, double spillover,
	double spilloverSpread, boolean datBlock, SsriEffect effect, long seed)
{
	/** 20 subjects of 40 + 40 neurons, 80 % of transporters blocked. */
	public static SsriParameters defaults() {
		return SsriKeys.BLOCK.defaults();
	}

	/** Validates the ranges; each failure names the key. */
	public SsriParameters {
		SsriKeys.SUBJECTS.require(subjects);
		SsriKeys.NEURONS.require(neurons);
		SsriKeys.DOSE.require(dose);
		SsriKeys.SPILL_LEVEL.require(spillLevel);
		SsriKeys.SPILLOVER.require(spillover);
		SsriKeys.SPILLOVER_SPREAD.require(spilloverSpread);
		java.util.Objects.requireNonNull(effect, "effect");
	}
}
