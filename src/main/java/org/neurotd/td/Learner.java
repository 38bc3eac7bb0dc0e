package org.neurotd.td;

/**
 * A learner of cue values from episodes: what the dopamine population's error comes from. Its
 * error is laid out in TD steps whatever its rule, so every learner drives the same population.
 */
public interface Learner {

	/**
	 * Runs one episode and returns the value and error at each of its steps, learning from what
	 * {@code channel} passes on for the error when {@code learn} is set.
	 */
	TdTrace episode(Episode episode, ErrorChannel channel, boolean learn);

	/** The value the learner now assigns to {@code cue} presented alone, at its onset. */
	double cueValue(int cue);
}
