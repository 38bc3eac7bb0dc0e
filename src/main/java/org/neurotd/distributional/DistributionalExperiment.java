package org.neurotd.distributional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neurotd.population.NeuronParameters;
import org.neurotd.population.Population;
import org.neurotd.population.ResponseCourse;
import org.neurotd.population.SpikeGenerator;
import org.neurotd.population.SpikeRaster;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;
import org.neurotd.td.Episode;
import org.neurotd.td.ErrorChannel;
import org.neurotd.td.Learner;
import org.neurotd.td.RescorlaWagner;

/**
 * Distributional TD (Dabney et al. 2020) against the classical code: a cue, then a reward drawn
 * from a multimodal distribution. In the distributional population each neuron learns its own
 * prediction with asymmetric rates (an asymmetric Rescorla-Wagner rule behind {@code td.Learner}),
 * so its prediction settles at an expectile; in the classical one every neuron carries the same
 * error of one prediction. Each neuron's error, its positive part scaled by 2 tau and its negative
 * part by 2 (1 - tau), drives its spikes; its reversal point is read from them, and the reward
 * distribution is decoded from the reversal points and asymmetries.
 */
public final class DistributionalExperiment {

	/** TD step, cue and reward time, trial length, ms. */
	public static final int STEP_MS = 10, CUE_MS = 500, REWARD_MS = 1500, DURATION_MS = 2000;
	/** The reward response window after the reward, ms. */
	public static final int WINDOW_START_MS = 50, WINDOW_END_MS = 300;
	/** The distributional population's asymmetries are drawn evenly from this range. */
	public static final double TAU_LOW = 0.1, TAU_HIGH = 0.9;
	/** The classical population's asymmetries: 0.5 plus Gaussian noise of this SD. */
	public static final double CLASSICAL_TAU_SD = 0.05;

	private static final long TRIALS_STREAM = 1, POPULATION_STREAM = 2, TAU_STREAM = 3, SPIKES_STREAM = 4,
		DECODER_STREAM = 5;

	private DistributionalExperiment() {}

	/** Both populations, distributional first, over the same rewards and the same neurons' firing. */
	public static List<PopulationCode> run(DistributionalParameters p, int threads, Progress progress) {
		Rng rng = new Rng(p.seed());
		Population neurons = Population.create(NeuronParameters.defaults(), p.neurons(), rng.fork(POPULATION_STREAM));
		int[] sizes = new int[p.training() + p.trials()];
		for (int k = 0; k < sizes.length; k++) sizes[k] = p.rewards().draw(rng.fork(TRIALS_STREAM, k));
		List<PopulationCode> out = new ArrayList<>();
		for (Code code : Code.values()) {
			progress.checkCancelled();
			progress.report(code.key() + " population", out.size(), Code.values().length);
			out.add(record(code, p, neurons, sizes, rng, threads, progress));
		}
		return out;
	}

	private static PopulationCode record(Code code, DistributionalParameters p, Population neurons, int[] sizes,
		Rng rng, int threads, Progress progress)
	{
		double[] tau = asymmetries(code, p.neurons(), rng.fork(TAU_STREAM, code.ordinal()));
		Learner[] learners = learners(code, tau, p.alpha());
		double[] rewards = p.rewards().sizes();
		for (int k = 0; k < p.training(); k++) {
			for (Learner l : distinct(learners)) l.episode(episode(rewards[sizes[k]]), ErrorChannel.IDENTITY, true);
		}
		int[] recorded = Arrays.copyOfRange(sizes, p.training(), sizes.length);
		List<List<ResponseCourse>> courses = courses(learners, tau, rewards, recorded, neurons.parameters());
		double[] odd = new double[p.neurons()], even = new double[p.neurons()], both = new double[p.neurons()];
		for (int i = 0; i < p.neurons(); i++) {
			progress.checkCancelled();
			SpikeRaster raster = SpikeGenerator.generate(neurons.select(new int[] { i }), courses.get(i),
				rng.fork(SPIKES_STREAM, code.ordinal() * 1_000_000L + i), threads, Progress.NONE);
			double[] window = rates(raster, REWARD_MS + WINDOW_START_MS, REWARD_MS + WINDOW_END_MS);
			double[] baseline = rates(raster, 0, CUE_MS);
			odd[i] = ReversalPoint.of(rewards, recorded, window, baseline, 0);
			even[i] = ReversalPoint.of(rewards, recorded, window, baseline, 1);
			both[i] = (odd[i] + even[i]) / 2;
		}
		double[] decoded = ExpectileDecoder.decode(tau, both, rewards[0], rewards[rewards.length - 1],
			rng.fork(DECODER_STREAM, code.ordinal()));
		return new PopulationCode(code, tau, odd, even, decoded);
	}

	/** Per neuron, the response course of each recorded trial, learning as the session goes on. */
	private static List<List<ResponseCourse>> courses(Learner[] learners, double[] tau, double[] rewards,
		int[] recorded, NeuronParameters firing)
	{
		List<List<ResponseCourse>> courses = new ArrayList<>();
		for (int i = 0; i < learners.length; i++) courses.add(new ArrayList<>(recorded.length));
		for (int size : recorded) {
			Episode e = episode(rewards[size]);
			// The classical population's one learner learns once per trial, whatever the neurons.
			double[] shared = distinct(learners).size() == 1 ? learners[0].episode(e, ErrorChannel.IDENTITY, true).delta()
				: null;
			for (int i = 0; i < learners.length; i++) {
				double[] delta = shared != null ? shared : learners[i].episode(e, ErrorChannel.IDENTITY, true).delta();
				courses.get(i).add(ResponseCourse.of(scaled(delta, tau[i]), STEP_MS, firing));
			}
		}
		return courses;
	}

	private static double[] asymmetries(Code code, int n, Rng rng) {
		double[] tau = new double[n];
		for (int i = 0; i < n; i++) {
			Rng r = rng.fork(i);
			tau[i] = code == Code.DISTRIBUTIONAL ? TAU_LOW + (TAU_HIGH - TAU_LOW) * r.nextDouble()
				: Math.max(0.05, Math.min(0.95, 0.5 + CLASSICAL_TAU_SD * r.nextGaussian()));
		}
		return tau;
	}

	/** One learner per neuron (distributional), or one shared by all (classical). */
	private static Learner[] learners(Code code, double[] tau, double rate) {
		Learner[] out = new Learner[tau.length];
		Learner shared = new RescorlaWagner(rate, 1);
		for (int i = 0; i < tau.length; i++) {
			out[i] = code == Code.DISTRIBUTIONAL ? new RescorlaWagner(2 * rate * tau[i], 2 * rate * (1 - tau[i]), 1) : shared;
		}
		return out;
	}

	private static List<Learner> distinct(Learner[] learners) {
		return Arrays.stream(learners).distinct().toList();
	}

	private static Episode episode(double reward) {
		return new Episode(DURATION_MS / STEP_MS, new int[] { 0 }, new int[] { CUE_MS / STEP_MS }, REWARD_MS / STEP_MS,
			reward);
	}

	/** The error as neuron {@code tau} fires it: positive part times 2 tau, negative part times 2 (1 - tau). */
	static double[] scaled(double[] delta, double tau) {
		double[] out = new double[delta.length];
		for (int t = 0; t < delta.length; t++) out[t] = delta[t] * 2 * (delta[t] > 0 ? tau : 1 - tau);
		return out;
	}

	/** Per trial, the one neuron's firing rate from {@code fromMs} to {@code toMs}, Hz. */
	private static double[] rates(SpikeRaster raster, int fromMs, int toMs) {
		double[] out = new double[raster.trials()];
		for (int k = 0; k < raster.trials(); k++) {
			int count = 0;
			for (int s = raster.from(k, 0); s < raster.to(k, 0); s++) {
				int t = raster.time(s);
				if (t >= fromMs && t < toMs) count++;
			}
			out[k] = count / ((toMs - fromMs) / 1000.0);
		}
		return out;
	}
}
