package org.neurotd.td;

import org.neurotd.task.TaskParameters;

/**
 * Which learning rule makes the error the neurons carry, with its own constant.
 *
 * @param rule TD(lambda) or Rescorla-Wagner
 * @param rwRate the Rescorla-Wagner learning rate per trial (unused by TD)
 */
public record LearnerParameters(LearningRule rule, double rwRate) {

	/** Validates the rate. */
	public LearnerParameters {
		LearnerKeys.RW_RATE.require(rwRate);
	}

	/** TD(lambda), the default. */
	public static LearnerParameters defaults() {
		return LearnerKeys.BLOCK.defaults();
	}

	/** A naive learner of this rule for {@code cues} cues of {@code task}. */
	public Learner create(TaskParameters task, Representation representation, TdParameters td, int cues) {
		return rule.create(task, representation, td, rwRate, cues);
	}
}
