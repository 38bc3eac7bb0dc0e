package org.neurotd.td;

import org.neurotd.task.TaskParameters;

/**
 * Probe trials after training with the reward at its usual time, early or late (Hollerman &amp;
 * Schultz 1998): a reward that comes early bursts and leaves little dip at the usual time, a late
 * one dips at the usual time and bursts when it comes. The complete serial compound wrongly
 * predicts a full dip after an early reward; the microstimulus code, whose reward features reset
 * the expectation, does better. Probes do not learn.
 *
 * @param usual the error on a trial rewarded at the usual time
 * @param early the error when the reward comes {@code shiftMs} early
 * @param late the error when it comes {@code shiftMs} late
 * @param shiftMs how far the probe rewards are moved
 */
public record TimingProbe(TdTrace usual, TdTrace early, TdTrace late, int shiftMs) {

	/** Default shift of the probe rewards. */
	public static final int DEFAULT_SHIFT_MS = 500;

	/** Runs the three probe trials on a trained learner (without learning). */
	public static TimingProbe of(Learner learner, TaskParameters task, int shiftMs) {
		return new TimingProbe(learner.episode(Episode.of(task, 0, true), ErrorChannel.IDENTITY, false),
			learner.episode(Episode.shifted(task, 0, -shiftMs), ErrorChannel.IDENTITY, false),
			learner.episode(Episode.shifted(task, 0, shiftMs), ErrorChannel.IDENTITY, false), shiftMs);
	}
}
