package org.neurotd.serotonin;

import org.neurotd.task.TaskParameters;

/**
 * How each kind of neuron turns the learner's quantities into a drive, per TD step. A phasic
 * term (an error, an outcome) is held for {@link #HOLD_MS} after a {@link #LATENCY_MS} delay,
 * as in the dopamine population; a sustained one (anticipation, uncertainty) follows its
 * quantity after the same delay.
 * <ul>
 * <li>dopamine value neurons: the TD error (bursts for positive, pauses for negative errors);
 * <li>dopamine salience neurons: its size, and the punishment itself (Matsumoto &amp; Hikosaka 2009);
 * <li>serotonin neurons: negative errors (omission, punishment cue), the punishment itself and the
 *     cue's uncertainty excite; positive anticipation (the value while it is positive) inhibits;
 *     the reward-cue-excited subset is also excited by positive errors (Cohen, Amoroso &amp;
 *     Uchida 2015).
 * </ul>
 */
public final class OpponentResponses {

	/** Response latency after the event. */
	public static final int LATENCY_MS = 70;
	/** How long a phasic response lasts. */
	public static final int HOLD_MS = 150;
	/** Weight of the uncertainty term, per unit of the largest uncertainty (0.25). */
	static final double UNCERTAINTY_WEIGHT = 0.3;
	/** Weight of positive anticipation, which inhibits serotonin neurons. */
	static final double ANTICIPATION_WEIGHT = 1.0;

	private final TaskParameters task;
	private final int latency;
	private final int hold;

	/** Drives for trials timed by {@code task}. */
	public OpponentResponses(TaskParameters task) {
		this.task = task;
		this.latency = LATENCY_MS / task.stepMs();
		this.hold = Math.max(1, HOLD_MS / task.stepMs());
	}

	/** Drive of dopamine value neurons, in error units. */
	public double[] dopamineValue(TrialSignals s) {
		return held(s.delta());
	}

	/** Drive of dopamine salience neurons: the error's size and the punishment. */
	public double[] dopamineSalience(TrialSignals s) {
		double[] size = new double[s.delta().length];
		for (int k = 0; k < size.length; k++) size[k] = Math.abs(s.delta()[k]);
		size[task.rewardStep()] += s.condition().punishment();
		return held(size);
	}

	/** Drive of serotonin neurons; {@code cueExcited} for the subset excited by positive errors. */
	public double[] serotonin(TrialSignals s, boolean cueExcited) {
		double[] delta = s.delta();
		double[] phasic = new double[delta.length];
		for (int k = 0; k < phasic.length; k++) {
			phasic[k] = Math.max(0, -delta[k]) + (cueExcited ? Math.max(0, delta[k]) : 0);
		}
		phasic[task.rewardStep()] += s.condition().punishment();
		double[] drive = held(phasic);
		double uncertain = UNCERTAINTY_WEIGHT * s.uncertainty() / 0.25;
		for (int k = latency; k < drive.length; k++) {
			int at = k - latency;
			if (at >= task.csStep() && at < task.rewardStep()) drive[k] += uncertain;
			drive[k] -= ANTICIPATION_WEIGHT * Math.max(0, s.value()[at]);
		}
		return drive;
	}

	/** {@code x} held for the hold time after the latency; overlapping terms add up. */
	private double[] held(double[] x) {
		double[] out = new double[x.length];
		double window = 0;
		for (int k = 0; k < x.length; k++) {
			int in = k - latency;
			int off = in - hold;
			if (in >= 0) window += x[in];
			if (off >= 0) window -= x[off];
			out[k] = window;
		}
		return out;
	}
}
