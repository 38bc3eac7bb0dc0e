package org.neurotd.td;

import org.neurotd.params.Require;
import org.neurotd.task.TaskParameters;

/** The stimulus representations a user can choose, by their parameter value. */
public enum Representation {
	/** Complete serial compound: one feature per step. */
	CSC("csc"),
	/** Microstimulus: Gaussian bumps on a decaying trace. */
	MICROSTIMULUS("microstimulus");

	private final String key;

	Representation(String key) {
		this.key = key;
	}

	/** The value users type (macro/CLI). */
	public String key() {
		return key;
	}

	/** Builds the representation for a task's timing. */
	public StimulusRepresentation create(TaskParameters task) {
		return this == CSC ? new CompleteSerialCompound(task.steps() - task.csStep())
			: new Microstimulus(task.stepMs());
	}

	/** Parses a user value; the error lists the allowed ones. */
	public static Representation parse(String value) {
		return Require.choice("representation", value, values(), Representation::key);
	}
}
