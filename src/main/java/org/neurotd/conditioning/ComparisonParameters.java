package org.neurotd.conditioning;

import java.util.List;

import org.neurotd.params.Require;
import org.neurotd.td.LearningRule;
import org.neurotd.td.Representation;

/**
 * What determines a Rescorla-Wagner against TD comparison, seed included.
 *
 * @param learners the learning rules compared, each run on every paradigm
 * @param pretraining repetitions of each paradigm's pretraining block (A -> reward)
 * @param training repetitions of each paradigm's training block
 * @param cueIntervalMs time between successive events of a trial (cue to cue, last cue to outcome)
 * @param representation the TD learner's stimulus representation
 * @param rwRate the Rescorla-Wagner learning rate
 * @param neurons dopamine neurons recorded
 * @param trials recorded repetitions of each probe trial
 * @param seed master seed
 */
public record ComparisonParameters(List<LearningRule> learners, int pretraining, int training, int cueIntervalMs,
	Representation representation, double rwRate, int neurons, int trials, long seed)
{
	/** Shortest cue interval: a response window fits between events. */
	public static final int MIN_INTERVAL_MS = Comparison.WINDOW_END_MS;

	/** Validates the ranges. */
	public ComparisonParameters {
		learners = List.copyOf(learners);
		Require.that(!learners.isEmpty(), "learner", "(none)", "both, td or rw");
		ComparisonKeys.PRETRAINING.require(pretraining);
		ComparisonKeys.TRAINING.require(training);
		ComparisonKeys.CUE_INTERVAL.require(cueIntervalMs);
		Require.that(cueIntervalMs % Paradigm.STEP_MS == 0, "cue_interval", cueIntervalMs,
			"a multiple of the " + Paradigm.STEP_MS + " ms TD step");
		ComparisonKeys.RW_RATE.require(rwRate);
		ComparisonKeys.NEURONS.require(neurons);
		ComparisonKeys.TRIALS.require(trials);
		Require.that((long) neurons * trials <= 2_000_000L, "trials", trials,
			"at most 2,000,000 neuron-trials per probe (neurons x trials); here neurons=" + neurons);
	}

	/** The defaults: 300 pretraining and 200 training repetitions, 500 ms apart, 200 neurons x 20 trials. */
	public static ComparisonParameters defaults() {
		return ComparisonKeys.BLOCK.defaults();
	}

	/** The learners a {@code learner} value names: {@code both}, {@code td} or {@code rw}. */
	public static List<LearningRule> learners(String value) {
		if ("both".equals(value)) return List.of(LearningRule.values());
		Require.that(value != null && (value.equals("td") || value.equals("rw")), "learner", value, "both, td or rw");
		return List.of(LearningRule.parse(value));
	}
}
