package org.neurotd.forage;

/**
 * How a neuromodulator balance sets the forager's choice rule: a model input, not a finding.
 * The softmax inverse temperature follows the balance as a power law, rising with it in the seed's
 * view and falling in Beeler et al.'s (2010); the uncertainty bonus falls with it (L-DOPA lowered
 * directed exploration, Chakroun et al. 2020).
 *
 * @param balance the dopamine : serotonin (octopamine : tyramine) ratio, 1 = typical
 * @param beta softmax inverse temperature, per point
 * @param bonus directed exploration bonus, points per point of uncertainty SD
 */
public record Modulation(double balance, double beta, double bonus) {

	/** The choice rule of a forager of {@code balance} under {@code p}'s mapping. */
	public static Modulation of(double balance, ForageParameters p) {
		double beta = p.beta() * StrictMath.pow(balance, p.role().sign() * p.betaExponent());
		double bonus = p.bonus() * StrictMath.pow(balance, -p.bonusExponent());
		return new Modulation(balance, beta, bonus);
	}
}
