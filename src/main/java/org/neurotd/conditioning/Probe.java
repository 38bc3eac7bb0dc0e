package org.neurotd.conditioning;

import org.neurotd.td.Episode;

/**
 * A test trial of a paradigm and the events whose dopamine response is read from it.
 *
 * @param episode the trial, run without learning
 * @param read the cues read, by index into the paradigm's cue names ({@link Design#OUTCOME} for the outcome)
 */
public record Probe(Episode episode, int... read) {}
