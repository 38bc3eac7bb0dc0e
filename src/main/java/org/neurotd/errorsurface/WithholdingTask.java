package org.neurotd.errorsurface;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.neurotd.random.Rng;
import org.neurotd.task.Task;
import org.neurotd.task.TaskParameters;
import org.neurotd.task.TrialEvent;

/**
 * The protocol of Montague, Dayan &amp; Sejnowski (1996, Fig. 5): a cue followed by a reward on
 * every trial except the listed ones, whose reward is withheld, and from the extinction trial on
 * never again. Nothing is random: which trials are rewarded is the protocol.
 *
 * @param timing the trial's timing and reward size
 * @param withheld trial numbers (1-based, as users count them) whose reward is withheld
 * @param extinctionTrial the first trial (1-based) of extinction, after the last trial for none
 */
public record WithholdingTask(TaskParameters timing, Set<Integer> withheld, int extinctionTrial) implements Task {

	/** The one cue. */
	public static final String CUE = "light";

	/** Copies the set. */
	public WithholdingTask {
		withheld = Set.copyOf(withheld);
	}

	@Override
	public List<String> cues() {
		return List.of(CUE);
	}

	@Override
	public TrialEvent trial(int index, Rng stream) {
		boolean rewarded = rewarded(index + 1);
		return new TrialEvent(CUE, timing.csTimeMs(), rewarded ? TrialEvent.REWARD : TrialEvent.OMISSION,
			timing.rewardTimeMs(), rewarded ? timing.magnitude() : 0, Optional.empty());
	}

	/** Whether trial {@code number} (1-based) is rewarded. */
	public boolean rewarded(int number) {
		return number < extinctionTrial && !withheld.contains(number);
	}
}
