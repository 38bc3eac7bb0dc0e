package org.neurotd.td;

import java.util.Arrays;
import java.util.List;

import org.neurotd.task.CueOnset;
import org.neurotd.task.Task;
import org.neurotd.task.TaskParameters;
import org.neurotd.task.TrialEvent;

/**
 * One trial as a learner sees it: cues, each with its onset step, and one outcome, a reward of
 * {@code reward} (0 = none) at {@code outcomeStep}. A learner that has no time within a trial
 * (Rescorla-Wagner) reads it as a compound of its cues followed by the outcome; a TD learner sees
 * every step.
 *
 * @param steps TD steps in the trial
 * @param cues the cues presented, each at most once
 * @param onsets onset step of each cue, in the order of {@code cues}
 * @param outcomeStep the step at which the outcome arrives (or is due, when there is none)
 * @param reward reward size at the outcome (0 when it is withheld)
 */
public record Episode(int steps, int[] cues, int[] onsets, int outcomeStep, double reward) {

	/** Checks the layout; episodes are built by code, so a bad one is a programming error. */
	public Episode {
		if (cues.length != onsets.length) throw new IllegalArgumentException("one onset per cue");
		if (outcomeStep < 0 || outcomeStep >= steps) throw new IllegalArgumentException("outcome outside the trial");
		for (int k = 0; k < cues.length; k++) {
			if (onsets[k] < 0 || onsets[k] >= steps) throw new IllegalArgumentException("cue onset outside the trial");
			for (int j = 0; j < k; j++) if (cues[j] == cues[k]) throw new IllegalArgumentException("cue repeated");
		}
		cues = cues.clone();
		onsets = onsets.clone();
	}

	/** A Pavlovian trial of {@code task}: {@code cue} at the CS time, the reward at its time if it comes. */
	public static Episode of(TaskParameters task, int cue, boolean rewarded) {
		return new Episode(task.steps(), new int[] { cue }, new int[] { task.csStep() }, task.rewardStep(),
			rewarded ? task.magnitude() : 0);
	}

	/**
	 * A trial of {@code task} as a learner sees it: each cue the event stands for (its number in the
	 * task's cues) at its onset, the outcome's size at its time, on the steps of the task's timing.
	 */
	public static Episode of(Task task, TrialEvent event) {
		TaskParameters timing = task.timing();
		List<CueOnset> layout = task.layout(event);
		int[] cues = new int[layout.size()], onsets = new int[layout.size()];
		for (int k = 0; k < cues.length; k++) {
			cues[k] = task.cueIndex(layout.get(k).cue());
			onsets[k] = layout.get(k).onsetMs() / timing.stepMs();
		}
		return new Episode(timing.steps(), cues, onsets, event.outcomeMs() / timing.stepMs(), event.size());
	}

	/**
	 * A probe trial of {@code task} whose reward comes {@code shiftMs} early (negative) or late
	 * (positive), kept inside the trial and after the CS.
	 */
	public static Episode shifted(TaskParameters task, int cue, int shiftMs) {
		int step = Math.max(task.csStep() + 1, Math.min(task.steps() - 1, (task.rewardTimeMs() + shiftMs) / task.stepMs()));
		return new Episode(task.steps(), new int[] { cue }, new int[] { task.csStep() }, step, task.magnitude());
	}

	/** Reward per TD step. */
	public double[] rewardCourse() {
		double[] r = new double[steps];
		r[outcomeStep] = reward;
		return r;
	}

	/** Onset step of {@code cue}, or -1 when it is not presented. */
	public int onset(int cue) {
		for (int k = 0; k < cues.length; k++) if (cues[k] == cue) return onsets[k];
		return -1;
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Episode e && steps == e.steps && outcomeStep == e.outcomeStep
			&& Double.compare(reward, e.reward) == 0 && Arrays.equals(cues, e.cues) && Arrays.equals(onsets, e.onsets);
	}

	@Override
	public int hashCode() {
		return 31 * (31 * Arrays.hashCode(cues) + Arrays.hashCode(onsets)) + outcomeStep;
	}

	@Override
	public String toString() {
		return "Episode[steps=" + steps + ", cues=" + Arrays.toString(cues) + ", onsets=" + Arrays.toString(onsets)
			+ ", outcome=" + outcomeStep + ", reward=" + reward + "]";
	}
}
