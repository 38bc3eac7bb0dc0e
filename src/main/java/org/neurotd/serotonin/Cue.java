package org.neurotd.serotonin;

/** The three cues of the opponent session; each is its own stimulus for the learner. */
public enum Cue {
	/** Predicts a reward, delivered with the session's reward probability. */
	REWARD,
	/** Predicts a punishment (an air puff), always delivered. */
	PUNISHMENT,
	/** Predicts nothing. */
	NEUTRAL;
}
