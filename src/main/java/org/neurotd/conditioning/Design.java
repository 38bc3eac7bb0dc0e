package org.neurotd.conditioning;

import java.util.List;
import java.util.Map;

import org.neurotd.task.CueOnset;
import org.neurotd.task.TaskParameters;
import org.neurotd.task.TrialEvent;

/**
 * A conditioning paradigm laid out in trials: a pretraining block and a training block, each
 * repeated in turn, and the probe trials that test it. A trial that shows several cues names them
 * by one word (its event's cue), which {@code layouts} spells out.
 *
 * @param cues cue names, in the order a learner numbers them
 * @param timing the trial's length, step, first cue and its interval to the outcome (what the TD
 *        representation is sized for)
 * @param layouts the cues, with their onsets, of each trial named for several
 * @param pretraining the trials of one pretraining repetition, in order
 * @param training the trials of one training repetition, in order
 * @param probes test trials
 */
public record Design(List<String> cues, TaskParameters timing, Map<String, List<CueOnset>> layouts,
	List<TrialEvent> pretraining, List<TrialEvent> training, List<Probe> probes)
{
	/** The index a probe uses to read the outcome rather than a cue. */
	public static final int OUTCOME = -1;

	/** The name of a read event. */
	public String name(int read) {
		return read == OUTCOME ? "reward" : cues.get(read);
	}

	/** The session of {@code pretraining} repetitions of the first block, then {@code training} of the second. */
	public ConditioningTask session(int pretraining, int training) {
		return new ConditioningTask(this, pretraining, training);
	}
}
