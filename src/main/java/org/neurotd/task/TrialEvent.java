package org.neurotd.task;

import java.util.Optional;

import org.neurotd.params.Require;

/**
 * What happened in one trial: the cue shown and when, the outcome that followed and when, its
 * size, and the agent's choice where the paradigm asks for one.
 *
 * @param cue name of the cue (e.g. {@code cs})
 * @param cueMs cue onset in ms from the trial start
 * @param outcome name of the outcome (e.g. {@code reward}, or {@code omission} when it did not come)
 * @param outcomeMs time of the outcome (or of its omission) in ms from the trial start
 * @param size outcome size in reward units (0 for an omission)
 * @param choice the agent's choice, empty where the paradigm has none
 */
public record TrialEvent(String cue, int cueMs, String outcome, int outcomeMs, double size, Optional<String> choice) {

	/** The outcome of a trial whose reward came. */
	public static final String REWARD = "reward";
	/** The outcome of a trial whose reward was withheld. */
	public static final String OMISSION = "omission";

	/** Validates the names and times; names are single words, as the event table stores them. */
	public TrialEvent {
		Require.that(word(cue), "cue", cue, "a name without spaces or commas");
		Require.that(word(outcome), "outcome", outcome, "a name without spaces or commas");
		Require.that(choice.map(TrialEvent::word).orElse(true), "choice", choice.orElse(""),
			"a name without spaces or commas");
		Require.between("cue time", cueMs, 0, TaskParameters.MAX_DURATION_MS);
		Require.between("outcome time", outcomeMs, 0, TaskParameters.MAX_DURATION_MS);
	}

	/** Whether the outcome was a reward. */
	public boolean rewarded() {
		return outcome.equals(REWARD);
	}

	private static boolean word(String s) {
		return !s.isEmpty() && s.chars().noneMatch(c -> c == ',' || Character.isWhitespace(c));
	}
}
