package org.neurotd.serotonin;

/**
 * What the learner computed on one trial, the quantities the two populations fire from.
 *
 * @param condition what happened on the trial
 * @param value V(t) per TD step
 * @param delta the TD error per TD step (reward +1, punishment -1)
 * @param uncertainty the learner's expected squared outcome error for the trial's cue, before
 *          this trial's outcome (0.25 is the most a 0-or-1 outcome can have)
 * @param averageOutcome the slow average of punishments minus rewards per trial before this
 *          trial, over minutes
 */
public record TrialSignals(Condition condition, double[] value, double[] delta, double uncertainty,
	double averageOutcome) {}
