package org.neurotd.forage;

import java.util.List;

import org.neurotd.params.Key;
import org.neurotd.params.Require;

/**
 * A run of the explore/exploit forager.
 *
 * @param species whose neuromodulators the balance names
 * @param balance the forager whose dopamine neurons are recorded: its balance
 * @param balances the balances of the explorer-to-exploiter sweep
 * @param stimulant the fraction by which a stimulant raises dopamine (0 = no stimulant run)
 * @param role which way dopamine moves the inverse temperature (a hypothesis)
 * @param beta softmax inverse temperature at balance 1, per point
 * @param betaExponent beta = beta(1) x balance^exponent (sign from {@code role})
 * @param bonus directed exploration bonus at balance 1, points per point of uncertainty SD
 * @param bonusExponent bonus = bonus(1) / balance^exponent
 * @param trials bandit trials per forager
 * @param seeds foragers per balance
 * @param richness environment richness of the patch task, patches per minute of travel
 * @param patches patch visits per environment and seed
 * @param depletionS time constant of a patch's intake rate, s
 * @param patchYield a fresh patch's intake rate, points/s
 * @param neurons dopamine neurons recorded
 * @param recorded bandit trials recorded (the first ones)
 * @param seed master seed
 */
public record ForageParameters(Species species, double balance, List<Double> balances, double stimulant,
	DopamineRole role, double beta, double betaExponent, double bonus, double bonusExponent, int trials, int seeds,
	List<Double> richness, int patches, double depletionS, double patchYield, int neurons, int recorded, long seed)
{
	/** The range of one richness value (the key of a single one, for the list's check). */
	static final Key<Double> ONE_RICHNESS = Key.number("richness", 6, 0.1, 600);

	/** Validates the ranges. */
	public ForageParameters {
		balances = List.copyOf(balances);
		richness = List.copyOf(richness);
		ForageKeys.BALANCE.require(balance);
		for (double b : balances) ForageKeys.BALANCE.require(b);
		for (double r : richness) ONE_RICHNESS.require(r);
		Require.that(!balances.isEmpty(), "balances", "(none)", "a comma-separated list of balances");
		Require.that(!richness.isEmpty(), "richness", "(none)", "a comma-separated list of richness values");
		ForageKeys.STIMULANT.require(stimulant);
		ForageKeys.BETA.require(beta);
		ForageKeys.BETA_EXPONENT.require(betaExponent);
		ForageKeys.BONUS.require(bonus);
		ForageKeys.BONUS_EXPONENT.require(bonusExponent);
		ForageKeys.TRIALS.require(trials);
		ForageKeys.SEEDS.require(seeds);
		ForageKeys.PATCHES.require(patches);
		ForageKeys.DEPLETION.require(depletionS);
		ForageKeys.PATCH_YIELD.require(patchYield);
		ForageKeys.NEURONS.require(neurons);
		ForageKeys.RECORDED.require(recorded);
		Require.that(recorded <= trials, "recorded", recorded,
			"at most the bandit trials (trials=" + trials + ")");
		Require.that((long) neurons * recorded <= 1_000_000L, "recorded", recorded,
			"at most 1,000,000 neuron-trials in the recording (neurons x recorded); here neurons=" + neurons);
		Require.that((long) seeds * trials * balances.size() <= 100_000_000L, "seeds", seeds,
			"at most 100,000,000 bandit trials in the sweep (seeds x trials x balances)");
	}

	/** The defaults. */
	public static ForageParameters defaults() {
		return ForageKeys.BLOCK.defaults();
	}

	/** The balance a forager of {@code balance} has on the stimulant. */
	public double onStimulant(double balance) {
		return balance * (1 + stimulant);
	}
}
