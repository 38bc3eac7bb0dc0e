package org.neurotd.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neurotd.population.Population;
import org.neurotd.population.ResponseCourse;
import org.neurotd.population.SpikeGenerator;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;
import org.neurotd.task.PavlovianTask;
import org.neurotd.task.Task;
import org.neurotd.task.TrialEvent;
import org.neurotd.task.TrialEvents;
import org.neurotd.td.ErrorChannel;
import org.neurotd.td.Episode;
import org.neurotd.td.Learner;
import org.neurotd.td.TdTrace;
import org.neurotd.td.TimingProbe;

/**
 * Simulates a healthy recording: the parameters' learner learns the task for {@code training} trials,
 * then each recorded trial's error drives a heterogeneous Poisson dopamine population.
 */
public final class Simulation {

	/** Random stream names, forked from the master seed. */
	static final long TRIALS_STREAM = 1, POPULATION_STREAM = 2, SPIKES_STREAM = 3;

	private Simulation() {}

	/**
	 * The recording, and the model's probe trials after the recording (usual, early and late
	 * reward).
	 */
	public record Result(Recording recording, TimingProbe probe) {

		/** The model's own value and error on a trained, rewarded trial. */
		public TdTrace trainedTrial() {
			return probe.usual();
		}
	}

	/** Runs the simulation with {@code threads} worker threads for spike generation. */
	public static Result run(SimulationParameters p, int threads, Progress progress) {
		return run(p, new PavlovianTask(p.task()), threads, progress);
	}

	/**
	 * Runs the simulation of {@code task}'s trials (whose timing must be the parameters' task):
	 * a protocol other than Pavlovian conditioning at a set probability, recorded the same way.
	 */
	public static Result run(SimulationParameters p, Task task, int threads, Progress progress) {
		if (!task.timing().equals(p.task())) throw new IllegalArgumentException("the task's timing is not the simulation's");
		Rng rng = new Rng(p.seed());
		Session session = session(p, task, rng, progress);
		List<ResponseCourse> courses = new ArrayList<>(p.trials());
		for (TdTrace trace : session.traces()) courses.add(ResponseCourse.of(trace.delta(), p.task().stepMs(), p.neuron()));
		TimingProbe probe = TimingProbe.of(session.learner(), p.task(), TimingProbe.DEFAULT_SHIFT_MS);
		Population population = population(p);
		var raster = SpikeGenerator.generate(population, courses, rng.fork(SPIKES_STREAM), threads, progress);
		var dopamine = new RecordedPopulation(Recording.DOPAMINE, p.neuron(), Optional.empty(), raster);
		return new Result(new Recording(p, session.events(), List.of(dopamine)), probe);
	}

	/**
	 * The error of each recorded trial, the one that drove the population, and the trials'
	 * events: the session replayed from the parameters and seed, without spikes. Decoding reads
	 * them as the trials' known errors, against which it fits what the neurons fired.
	 */
	public static RecordedErrors recordedErrors(SimulationParameters p) {
		return recordedErrors(p, new PavlovianTask(p.task()));
	}

	/** The errors of the recorded trials of {@code task}'s session, as {@link #recordedErrors(SimulationParameters)}. */
	public static RecordedErrors recordedErrors(SimulationParameters p, Task task) {
		Session session = session(p, task, new Rng(p.seed()), Progress.NONE);
		List<double[]> deltas = new ArrayList<>(p.trials());
		for (TdTrace trace : session.traces()) deltas.add(trace.delta());
		return new RecordedErrors(deltas, session.events());
	}

	/**
	 * The errors of the recorded trials and their events.
	 *
	 * @param delta per recorded trial, the error per TD step
	 * @param events per recorded trial, its cue and outcome
	 */
	public record RecordedErrors(List<double[]> delta, TrialEvents events) {}

	private record Session(Learner learner, TrialEvents events, List<TdTrace> traces) {}

	/** Training, then the recorded trials, each learning as in a real session. */
	private static Session session(SimulationParameters p, Task task, Rng rng, Progress progress) {
		Learner learner = p.newLearner();
		for (int k = 0; k < p.training(); k++) {
			learner.episode(episode(task, trial(task, rng, k)), ErrorChannel.IDENTITY, true);
			if (k % 100 == 0) {
				progress.checkCancelled();
				progress.report("training", k, p.training());
			}
		}
		List<TrialEvent> events = new ArrayList<>(p.trials());
		List<TdTrace> traces = new ArrayList<>(p.trials());
		for (int k = 0; k < p.trials(); k++) {
			TrialEvent event = trial(task, rng, p.training() + k);
			events.add(event);
			traces.add(learner.episode(episode(task, event), ErrorChannel.IDENTITY, p.learning()));
		}
		return new Session(learner, new TrialEvents(events), traces);
	}

	/** The healthy population of a simulation, regenerated from its seed. */
	public static Population population(SimulationParameters p) {
		return Population.create(p.neuron(), p.neurons(), new Rng(p.seed()).fork(POPULATION_STREAM));
	}

	/** The events of trial {@code k} of the session (training trials first), from its own stream. */
	private static TrialEvent trial(Task task, Rng rng, int k) {
		return task.trial(k, rng.fork(TRIALS_STREAM, k));
	}

	/** A trial's events as the learner sees them. */
	private static Episode episode(Task task, TrialEvent event) {
		return Episode.of(task, event);
	}
}
