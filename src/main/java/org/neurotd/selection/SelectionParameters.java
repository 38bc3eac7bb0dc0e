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
			SelectionKeys.GROUPS_ALLOWED);
		SelectionKeys.SUBJECTS.require(subjects);
		SelectionKeys.NEURONS.require(neurons);
		SelectionKeys.LOSS.require(loss);
		SelectionKeys.MEDICATION.require(medication);
		SelectionKeys.QUANTAL.require(quantal);
		SelectionKeys.GO_RATE.require(goRate);
		SelectionKeys.NOGO_RATE.require(nogoRate);
		SelectionKeys.CRITIC_RATE.require(criticRate);
		SelectionKeys.BETA.require(beta);
		SelectionKeys.BLOCKS.require(blocks);
		SelectionKeys.TEST_REPEATS.require(testRepeats);
		Require.that((long) subjects * neurons <= MAX_NEURONS, "subjects", subjects, "at most " + MAX_NEURONS
			+ " neurons over the subjects of a group (subjects x neurons; " + neurons + " neurons each)");
	}

	/** Most dopamine neurons simulated over the subjects of one group: a few minutes of work. */
	public static final long MAX_NEURONS = 10_000_000;

	/** The defaults: all three groups, 100 subjects each. */
	public static SelectionParameters defaults() {
		return SelectionKeys.BLOCK.defaults();
	}
}
