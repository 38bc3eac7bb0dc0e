package org.neurotd.conditioning;

import java.util.List;

import org.neurotd.task.TaskParameters;

/**
 * A conditioning paradigm laid out in trials: a pretraining block and a training block, each
 * repeated in turn, and the probe trials that test it.
 *
 * @param cues cue names, indexed by the episodes' cue numbers
 * @param timing the trial's length, step, first cue and its interval to the outcome (what the TD
 *        representation is sized for)
 * @param pretraining the trials of one pretraining repetition, in order
 * @param training the trials of one training repetition, in order
 * @param probes test trials
 */
public record Design(List<String> cues, TaskParameters timing, List<org.neurotd.td.Episode> pretraining,
	List<org.neurotd.td.Episode> training, List<Probe> probes)
{
	/** The index a probe uses to read the outcome rather than a cue. */
	public static final int OUTCOME = -1;

	/** The name of a read event. */
	public String name(int read) {
		return read == OUTCOME ? "reward" : cues.get(read);
	}
}
