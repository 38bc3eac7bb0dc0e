package org.neurotd.task;

/**
 * One cue of a trial and when it comes on.
 *
 * @param cue the cue's name, one of its task's {@link Task#cues()}
 * @param onsetMs onset in ms from the trial start
 */
public record CueOnset(String cue, int onsetMs) {}
