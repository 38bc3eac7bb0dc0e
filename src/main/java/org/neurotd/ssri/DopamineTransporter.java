package org.neurotd.ssri;

/**
 * How serotonin gets into dopamine terminals (Zhou et al. 2005; a hypothesis in vivo). With
 * reuptake blocked by a fraction {@code dose} of the serotonin transporters, extracellular
 * serotonin rises to {@code 1 / (1 - 0.9 dose)} times its drug-free level (the remaining tenth is
 * cleared by other routes). Above {@code spillLevel} the dopamine transporter takes the excess up
 * in competition with dopamine, binding it with 1/15 of its affinity for dopamine (both
 * concentrations in units of their drug-free levels); a subject's spill-over coefficient scales
 * the share of the vesicles' content that is serotonin. What that share does to the released
 * signal is the release model's ({@link org.neurotd.release.StriatalRelease}).
 */
public final class DopamineTransporter {

	/** Affinity of the dopamine transporter for serotonin, relative to dopamine. */
	public static final double RELATIVE_AFFINITY = 1.0 / 15;
	/** Serotonin clearance left when every serotonin transporter is blocked. */
	static final double OTHER_CLEARANCE = 0.1;

	private DopamineTransporter() {}

	/** Extracellular serotonin, in units of its drug-free level. */
	public static double extracellularSerotonin(double dose) {
		return 1 / (1 - (1 - OTHER_CLEARANCE) * dose);
	}

	/** Serotonin above the level at which the dopamine transporter starts taking it up. */
	public static double excess(double dose, double spillLevel) {
		return Math.max(0, extracellularSerotonin(dose) - spillLevel);
	}

	/**
	 * Share of what dopamine terminals release that is serotonin, for a subject's spill-over
	 * coefficient; 0 when the dopamine transporter is blocked.
	 */
	public static double serotoninShare(double dose, double spillLevel, double spillover, boolean datBlock) {
		if (datBlock) return 0;
		double bound = RELATIVE_AFFINITY * excess(dose, spillLevel);
		return Math.min(1, spillover * bound / (1 + bound));
	}
}
