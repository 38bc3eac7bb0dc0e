package org.neurotd.conditioning;

import org.neurotd.task.TrialEvent;

/**
 * A test trial of a paradigm and the events whose dopamine response is read from it.
 *
 * @param event the trial (a trial of the paradigm's task), run without learning
 * @param read the cues read, by index into the paradigm's cue names ({@link Design#OUTCOME} for the outcome)
 */
public record Probe(TrialEvent event, int... read) {}
