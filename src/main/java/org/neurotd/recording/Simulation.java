package org.neurotd.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neurotd.population.Population;
import org.neurotd.population.ResponseCourse;
import org.neurotd.population.SpikeGenerator;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;
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
	 * The recording, the model's own value and error on each recorded trial, and its probe
	 * trials after the recording (usual, early and late reward).
	 */
	public record Result(Recording recording, TimingProbe probe, List<TdTrace> recordedTrials) {

		/** The model's own value and error on a trained, rewarded trial. */
		public TdTrace trainedTrial() {
			return probe.usual();
		}
	}

	/** Runs the simulation with {@code threads} worker threads for spike generation. */
	public static Result run(SimulationParameters p, int threads, Progress progress) {
		Rng rng = new Rng(p.seed());
		Learner learner = p.newLearner();
		for (int k = 0; k < p.training(); k++) {
			learner.episode(Episode.of(p.task(), 0, isRewarded(p, rng, k)), ErrorChannel.IDENTITY, true);
			if (k % 100 == 0) {
				progress.checkCancelled();
				progress.report("training", k, p.training());
			}
		}
		boolean[] rewarded = new boolean[p.trials()];
		List<TdTrace> traces = new ArrayList<>(p.trials());
		List<ResponseCourse> courses = new ArrayList<>(p.trials());
		for (int k = 0; k < p.trials(); k++) {
			rewarded[k] = isRewarded(p, rng, p.training() + k);
			TdTrace trace = learner.episode(Episode.of(p.task(), 0, rewarded[k]), ErrorChannel.IDENTITY, p.learning());
			traces.add(trace);
			courses.add(ResponseCourse.of(trace.delta(), p.task().stepMs(), p.neuron()));
		}
		TimingProbe probe = TimingProbe.of(learner, p.task(), TimingProbe.DEFAULT_SHIFT_MS);
		Population population = population(p);
		var raster = SpikeGenerator.generate(population, courses, rng.fork(SPIKES_STREAM), threads, progress);
		return new Result(new Recording(p, rewarded, Optional.empty(), raster), probe, traces);
	}

	/** The healthy population of a simulation, regenerated from its seed. */
	public static Population population(SimulationParameters p) {
		return Population.create(p.neuron(), p.neurons(), new Rng(p.seed()).fork(POPULATION_STREAM));
	}

	/** Whether trial {@code k} of the session (training trials first) is rewarded. */
	private static boolean isRewarded(SimulationParameters p, Rng rng, int k) {
		return rng.fork(TRIALS_STREAM, k).nextDouble() < p.task().probability();
	}
}
