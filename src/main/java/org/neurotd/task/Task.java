package org.neurotd.task;

import java.util.List;

import org.neurotd.random.Rng;

/**
 * A paradigm: what happens in each trial of a session (a learner reads the events through
 * {@code td.Episode}).
 * {@link PavlovianTask} has one cue and a reward that may be withheld; a task whose trials show
 * several cues (a compound, or one cue after another) names each kind of trial by one word in its
 * event's {@code cue} and lays its cues out in {@link #layout(TrialEvent)}.
 */
public interface Task {

	/** The timing every trial shares: its length, TD step, and the nominal cue and outcome times. */
	TaskParameters timing();

	/** The cues, in the order a learner numbers them. */
	List<String> cues();

	/**
	 * The events of trial {@code index} of a session (training trials first), drawn from that
	 * trial's own random stream only, so a trial does not depend on the ones before it.
	 */
	TrialEvent trial(int index, Rng stream);

	/**
	 * The cues {@code event} stands for, each with its onset: by default the event's own cue at its
	 * time. A task whose events name compounds or sequences of cues returns them here.
	 */
	default List<CueOnset> layout(TrialEvent event) {
		return List.of(new CueOnset(event.cue(), event.cueMs()));
	}

	/** The index of {@code cue} in {@link #cues()}, which a learner keys its weights by. */
	default int cueIndex(String cue) {
		int i = cues().indexOf(cue);
		if (i < 0) throw new IllegalArgumentException("cue '" + cue + "' is not one of " + cues());
		return i;
	}
}
