package org.neurotd.td;

import org.neurotd.params.Require;
import org.neurotd.task.TaskParameters;

/** The learning rules a user can choose, by their parameter value ({@code learner=td|rw}). */
public enum LearningRule {
	/** Temporal-difference learning, TD(lambda), step by step within a trial. */
	TD("td"),
	/** The Rescorla-Wagner rule: one update per trial. */
	RESCORLA_WAGNER("rw");

	private final String key;

	LearningRule(String key) {
		this.key = key;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/**
	 * A naive learner of this rule for {@code cues} cues: TD uses the representation and
	 * constants, Rescorla-Wagner only {@code rwRate}.
	 */
	public Learner create(TaskParameters task, Representation representation, TdParameters td, double rwRate, int cues) {
		return this == TD ? new TdLearner(task, representation, td, cues) : new RescorlaWagner(rwRate, cues);
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static LearningRule parse(String value) {
		return Require.choice("learner", value, values(), LearningRule::key);
	}
}
