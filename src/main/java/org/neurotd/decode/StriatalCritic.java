package org.neurotd.decode;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.neurotd.random.Rng;
import org.neurotd.recording.Lesion;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.release.StriatalRelease;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Episode;
import org.neurotd.td.ErrorChannel;
import org.neurotd.td.TdLearner;
import org.neurotd.td.TdParameters;

/**
 * The closed loop of science notes section 3: a striatal TD critic learns the task from scratch,
 * the dopamine error of each step is computed from its own values, carried by the recording's
 * surviving neurons as their response maps estimated from the recorded spikes
 * ({@link ResponseMaps}) describe them, and read back through release and receptors. CS+ trials
 * (rewarded with the task's probability) alternate with CS- trials (never rewarded).
 */
public final class StriatalCritic {

	private static final long CRITIC_STREAM = 21;
	private static final int REWARDED_CUE = 0, UNREWARDED_CUE = 1;

	private StriatalCritic() {}

	/**
	 * What a critic learns from the recorded neurons of {@code recording} (the survivors if
	 * degraded), whose firing {@code maps} estimated from their spikes, through their terminals.
	 */
	public static CriticValues learn(Recording recording, ResponseMaps maps, ReadoutParameters readout) {
		RecordedPopulation dopamine = recording.dopamine();
		double kept = dopamine.lesion().map(Lesion::terminalsKept).orElse(1.0);
		double compensation = dopamine.lesion().map(Lesion::compensationFactor).orElse(1.0);
		return learn(recording.simulation(), maps.totalTonicHz(), maps.totalGainHz(), kept, compensation, readout);
	}

	/**
	 * The healthy reference: what the same critic learns from the healthy population the
	 * metadata describes (its size, mean tonic rate and mean burst gain), not from any spikes.
	 */
	public static CriticValues learnReference(SimulationParameters sim, ReadoutParameters readout) {
		return learn(sim, sim.neurons() * sim.neuron().baselineHz(), sim.neurons() * sim.neuron().burstHz(), 1, 1,
			readout);
	}

	private static CriticValues learn(SimulationParameters sim, double tonicHz, double gainHz, double terminalsKept,
		double compensation, ReadoutParameters readout)
	{
		TaskParameters task = sim.task();
		Rng rng = new Rng(sim.seed()).fork(CRITIC_STREAM);
		StriatalRelease release = new StriatalRelease(readout.release(), tonicHz, gainHz, sim.neurons(), terminalsKept,
			compensation, sim.neuron(), rng.fork(0));
		ErrorChannel receptors = new StriatalReceptors(release, sim.neuron().burstMs() / task.stepMs(), readout);
		TdLearner critic = new TdLearner(task, sim.representation(), criticTd(sim.td()), 2);
		Episode none = Episode.of(task, UNREWARDED_CUE, false);
		for (int e = 0; e < readout.episodes(); e++) {
			boolean rewarded = rng.fork(1, e).nextDouble() < task.probability();
			critic.episode(Episode.of(task, REWARDED_CUE, rewarded), receptors, true);
			critic.episode(none, receptors, true);
		}
		double[] value = critic.episode(Episode.of(task, REWARDED_CUE, true), ErrorChannel.IDENTITY, false).value();
		return new CriticValues(value, critic.cueValue(REWARDED_CUE), critic.cueValue(UNREWARDED_CUE),
			rampSlope(value, task));
	}

	/**
	 * The critic learns with the recording's discount and rate but with lambda = 1: the
	 * eligibility of corticostriatal synapses lasts seconds (Yagishita et al. 2014), so a reward
	 * error reaches the cue directly rather than step by step. With step-by-step propagation
	 * (lambda 0.9) the small errors along the way fall below the receptors' threshold and value
	 * would hardly reach the cue even in a healthy brain.
	 */
	static TdParameters criticTd(TdParameters td) {
		return new TdParameters(td.gamma(), 1.0, td.alpha());
	}

	/** Least-squares slope of the value from CS onset to the step before the reward, per second. */
	static double rampSlope(double[] value, TaskParameters task) {
		int from = task.csStep();
		int to = task.rewardStep();
		if (to - from < 2) return 0;
		SimpleRegression fit = new SimpleRegression();
		for (int t = from; t < to; t++) fit.addData(t - from, value[t]);
		return fit.getSlope() * 1000.0 / task.stepMs();
	}
}
