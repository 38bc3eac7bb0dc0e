package org.neurotd.distributional;

/**
 * What one population of the experiment showed: per neuron its asymmetry and its reversal point
 * from each half of the trials, and the distribution decoded from them.
 *
 * @param code which population
 * @param asymmetry per neuron, tau = a+ / (a+ + a-) of its gains (and, in the distributional code, of its learning rates)
 * @param reversal per neuron, the reward size at which its reward response changes sign, from the odd trials
 * @param reversalHalf2 the same from the even trials
 * @param decoded the samples of the decoded distribution, ascending
 */
public record PopulationCode(Code code, double[] asymmetry, double[] reversal, double[] reversalHalf2,
	double[] decoded) {}
