package org.neurotd.selection;

import java.util.List;

import org.neurotd.params.Require;

/**
 * A run of the probabilistic selection task.
 *
 * @param groups the groups simulated, each with its own subjects
 * @param subjects simulated subjects per group
 * @param neurons dopamine neurons of a healthy subject
 * @param loss fraction of dopamine neurons lost in Parkinson's (past the point where survivors
 *          can make up for it)
 * @param medication tonic dopamine L-DOPA adds, not tied to spikes, in units of the healthy tonic level
 * @param quantal release per spike on L-DOPA, relative to an untreated neuron
 * @param goRate learning rate of the Go (D1) weights
 * @param nogoRate learning rate of the NoGo (D2) weights
 * @param criticRate learning rate of the critic's value of each training pair
 * @param beta softmax inverse temperature of the choices
 * @param blocks most training blocks of 60 trials
 * @param criterion whether training stops at the first block that meets the criterion
 * @param testRepeats presentations of each test pair
 * @param readout how the striatum reads dopamine: D1/D2 receptor occupancy, or linear
 * @param learner separate Go and NoGo weights, or a single weight per stimulus
 * @param seed master seed
 */
public record SelectionParameters(List<SelectionGroup> groups, int subjects, int neurons, double loss,
	double medication, double quantal, double goRate, double nogoRate, double criticRate, double beta, int blocks,
	boolean criterion, int testRepeats, SelectionReadout readout, SelectionLearner learner, long seed)
{
	/** Validates the ranges. */
	public SelectionParameters {
		groups = List.copyOf(groups);
		Require.that(!groups.isEmpty() && groups.stream().distinct().count() == groups.size(), "groups", groups,
			"one or more of healthy, pd_off, pd_on, each at most once");
		Require.between("subjects", subjects, 1, 100_000);
		Require.between("neurons", neurons, 10, 100_000);
		Require.between("loss", loss, 0.0, 0.99);
		Require.between("medication", medication, 0.0, 100.0);
		Require.between("quantal", quantal, 0.1, 100.0);
		Require.between("go_rate", goRate, 0.0, 1.0);
		Require.between("nogo_rate", nogoRate, 0.0, 1.0);
		Require.between("critic_rate", criticRate, 0.0, 1.0);
		Require.between("beta", beta, 0.0, 100.0);
		Require.between("blocks", blocks, 1, 100);
		Require.between("test_repeats", testRepeats, 1, 1000);
	}

	/** The defaults: all three groups, 100 subjects each. */
	public static SelectionParameters defaults() {
		return new SelectionParameters(List.of(SelectionGroup.values()), 100, 1000, 0.8, 1.0, 2.5, 0.3, 0.25, 0.9, 1.0,
			6, true, 4, SelectionReadout.RECEPTOR, SelectionLearner.GO_NOGO, 1);
	}
}
