package org.neurotd.serotonin;

/** A block of trials in which one kind of outcome predominates (Cohen, Amoroso &amp; Uchida 2015). */
public enum BlockKind {
	/** Mostly reward-cue trials. */
	REWARD("reward", Cue.REWARD),
	/** Mostly punishment-cue trials. */
	PUNISHMENT("punishment", Cue.PUNISHMENT);

	private final String key;
	private final Cue dominant;

	BlockKind(String key, Cue dominant) {
		this.key = key;
		this.dominant = dominant;
	}

	/** The name written in the outputs. */
	public String key() {
		return key;
	}

	/** The cue that predominates in this block. */
	public Cue dominant() {
		return dominant;
	}

	/** Blocks alternate, starting with a reward block. */
	public static BlockKind of(int block) {
		return block % 2 == 0 ? REWARD : PUNISHMENT;
	}
}
