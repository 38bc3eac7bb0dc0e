package org.neurotd.serotonin;

import org.neurotd.task.TaskParameters;
import org.neurotd.td.Episode;
import org.neurotd.td.ErrorChannel;
import org.neurotd.td.Representation;
import org.neurotd.td.Learner;
import org.neurotd.td.TdLearner;
import org.neurotd.td.TdParameters;

/**
 * The learner both populations read: a TD(lambda) critic over the three cues, with rewards
 * valued +1 and punishments -1; per cue, a running estimate of the outcome's uncertainty (the
 * expected squared error at the outcome); and a slow average of outcomes over minutes, the
 * context signal that the serotonin tonic rate follows (Daw, Kakade &amp; Dayan 2002 gave tonic
 * serotonin a long-run average of outcomes).
 */
public final class OpponentLearner {

	/** Learning rate of the uncertainty estimate, per trial of its cue. */
	private static final double UNCERTAINTY_RATE = 0.05;

	private final TaskParameters task;
	private final Learner critic;
	private final double[] uncertainty = new double[Cue.values().length];
	private final double averageStep;
	private double average;

	/**
	 * @param task the trial timing
	 * @param tonicTauS time constant of the slow average, in seconds
	 * @param trialIntervalS seconds from one trial's start to the next
	 */
	public OpponentLearner(TaskParameters task, double tonicTauS, double trialIntervalS) {
		this.task = task;
		this.critic = new TdLearner(task, Representation.CSC, TdParameters.defaults(), Cue.values().length);
		this.averageStep = 1 - StrictMath.exp(-trialIntervalS / tonicTauS);
	}

	/** Runs one trial of {@code condition}, learning from it, and returns what was computed. */
	public TrialSignals trial(Condition condition) {
		Cue cue = Session.cue(condition);
		Episode episode = new Episode(task.steps(), new int[] { cue.ordinal() }, new int[] { task.csStep() },
			task.rewardStep(), condition.reward() - condition.punishment());
		var trace = critic.episode(episode, ErrorChannel.IDENTITY, true);
		TrialSignals signals = new TrialSignals(condition, trace.value(), trace.delta(), uncertainty[cue.ordinal()],
			average);
		double error = trace.delta()[task.rewardStep()];
		uncertainty[cue.ordinal()] += UNCERTAINTY_RATE * (error * error - uncertainty[cue.ordinal()]);
		average += averageStep * (condition.punishment() - condition.reward() - average);
		return signals;
	}

	/** The value the critic now assigns to {@code cue} at its onset. */
	public double cueValue(Cue cue) {
		return critic.cueValue(cue.ordinal());
	}
}
