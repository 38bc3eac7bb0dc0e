package org.neurotd.serotonin;

/** What happened on a trial, as psth.csv names it. */
public enum Condition {
	/** Reward cue, reward delivered. */
	REWARD("reward"),
	/** Reward cue, reward omitted. */
	OMISSION("omission"),
	/** Punishment cue, air puff. */
	PUNISHMENT("punishment"),
	/** Neutral cue, nothing. */
	NEUTRAL("neutral");

	private final String key;

	Condition(String key) {
		this.key = key;
	}

	/** The name written in the outputs. */
	public String key() {
		return key;
	}

	/** Reward delivered at the outcome time (in reward units). */
	public double reward() {
		return this == REWARD ? 1 : 0;
	}

	/** Punishment delivered at the outcome time (in punishment units). */
	public double punishment() {
		return this == PUNISHMENT ? 1 : 0;
	}
}
