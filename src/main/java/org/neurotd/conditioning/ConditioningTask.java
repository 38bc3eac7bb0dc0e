package org.neurotd.conditioning;

import java.util.List;

import org.neurotd.random.Rng;
import org.neurotd.task.CueOnset;
import org.neurotd.task.Task;
import org.neurotd.task.TaskParameters;
import org.neurotd.task.TrialEvent;

/**
 * A paradigm's session as a {@link Task}: its pretraining block repeated, then its training
 * block repeated; its probes are trials of the same task. Nothing is random: the design is the
 * schedule.
 *
 * @param design the paradigm's trials
 * @param pretraining repetitions of the pretraining block
 * @param training repetitions of the training block
 */
public record ConditioningTask(Design design, int pretraining, int training) implements Task {

	@Override
	public TaskParameters timing() {
		return design.timing();
	}

	@Override
	public List<String> cues() {
		return design.cues();
	}

	/** Trials in the session. */
	public int trials() {
		return design.pretraining().size() * pretraining + design.training().size() * training;
	}

	@Override
	public TrialEvent trial(int index, Rng stream) {
		int first = design.pretraining().size() * pretraining;
		return index < first ? design.pretraining().get(index % design.pretraining().size())
			: design.training().get((index - first) % design.training().size());
	}

	@Override
	public List<CueOnset> layout(TrialEvent event) {
		List<CueOnset> several = design.layouts().get(event.cue());
		return several != null ? several : Task.super.layout(event);
	}
}
