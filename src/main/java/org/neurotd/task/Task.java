package org.neurotd.task;

import java.util.List;

import org.neurotd.random.Rng;

/**
 * A paradigm: what happens in each trial of a session (a learner reads the events through
 * {@code td.Episode}).
 * Today's implementation is {@link PavlovianTask} (one cue, a reward that may be withheld);
 * trial blocks with several cues and outcomes, and paradigms in which an agent chooses, are
 * further implementations.
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

	/** The index of {@code event}'s cue in {@link #cues()}, which a learner keys its weights by. */
	default int cueIndex(TrialEvent event) {
		int i = cues().indexOf(event.cue());
		if (i < 0) throw new IllegalArgumentException("cue '" + event.cue() + "' is not one of " + cues());
		return i;
	}
}
