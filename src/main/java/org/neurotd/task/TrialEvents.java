package org.neurotd.task;

import java.util.List;

/**
 * The per-trial event table of a recording: one {@link TrialEvent} per recorded trial, in order
 * (row k is trial k + 1 in what the user sees).
 *
 * @param trials the events of each recorded trial
 */
public record TrialEvents(List<TrialEvent> trials) {

	/** Column names of the table as the user sees it (metadata, CSV). */
	public static final List<String> COLUMNS = List.of("trial", "cue", "cue_ms", "outcome", "outcome_ms", "size",
		"choice");

	/** Copies the list. */
	public TrialEvents {
		trials = List.copyOf(trials);
	}

	/** Number of trials. */
	public int size() {
		return trials.size();
	}

	/** The events of trial {@code k} (0-based). */
	public TrialEvent get(int k) {
		return trials.get(k);
	}

	/** Whether trial {@code k}'s outcome was a reward. */
	public boolean rewarded(int k) {
		return trials.get(k).rewarded();
	}
}
