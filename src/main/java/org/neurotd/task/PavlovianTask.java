package org.neurotd.task;

import java.util.List;
import java.util.Optional;

import org.neurotd.random.Rng;

/**
 * Pavlovian conditioning: a conditioned stimulus ({@code cs}) at the CS time, then a reward of
 * the set magnitude at the reward time with the set probability, otherwise an omission.
 *
 * @param timing the trial's timing, probability and magnitude
 */
public record PavlovianTask(TaskParameters timing) implements Task {

	/** The one cue. */
	public static final String CS = "cs";

	@Override
	public List<String> cues() {
		return List.of(CS);
	}

	@Override
	public TrialEvent trial(int index, Rng stream) {
		return event(stream.nextDouble() < timing.probability());
	}

	/** The events of a trial whose reward came or was withheld. */
	public TrialEvent event(boolean rewarded) {
		return new TrialEvent(CS, timing.csTimeMs(), rewarded ? TrialEvent.REWARD : TrialEvent.OMISSION,
			timing.rewardTimeMs(), rewarded ? timing.magnitude() : 0, Optional.empty());
	}
}
