package org.neurotd.selection;

/**
 * How strongly the striatum's two pathways learn from the dopamine error. Go (direct pathway)
 * learning follows D1 receptor occupancy, NoGo (indirect pathway) learning D2 occupancy, each
 * {@code c / (c + K)} at concentration {@code c}. A small change of concentration around the
 * subject's tonic level moves occupancy by the slope {@code K / (tonic + K)^2}; each pathway's
 * gain is that slope relative to a healthy subject's. D1 has low affinity (K = 50 tonic levels),
 * so its slope hardly changes with the tonic level; D2 high affinity (K = 0.5): at a low tonic
 * level (few neurons left) it sits in its steep range and the few spikes of a dip still move it,
 * while tonic dopamine raised by L-DOPA saturates it, so a dip hardly changes its occupancy
 * ("dips filled in"). The linear readout gives both pathways the healthy gain.
 */
final class StriatalPathways {

	static final double D1_AFFINITY = 50;
	static final double D2_AFFINITY = 0.5;

	private final double goGain;
	private final double nogoGain;

	StriatalPathways(SelectionReadout readout, double tonic) {
		boolean receptor = readout == SelectionReadout.RECEPTOR;
		this.goGain = receptor ? slope(tonic, D1_AFFINITY) / slope(1, D1_AFFINITY) : 1;
		this.nogoGain = receptor ? slope(tonic, D2_AFFINITY) / slope(1, D2_AFFINITY) : 1;
	}

	/** Go teaching signal of a read error: positive for a burst. */
	double go(double error) {
		return goGain * error;
	}

	/** NoGo teaching signal of a read error: positive for a dip. */
	double nogo(double error) {
		return -nogoGain * error;
	}

	private static double slope(double c, double affinity) {
		return affinity / ((c + affinity) * (c + affinity));
	}
}
