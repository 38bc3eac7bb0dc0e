package org.neurotd.serotonin;

import java.util.Arrays;
import java.util.List;

import org.neurotd.population.FiringModel;
import org.neurotd.population.FiringParameters;
import org.neurotd.population.GammaFiring;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.SpikeRaster;
import org.neurotd.random.Rng;
import org.neurotd.task.TaskParameters;

/**
 * Simulates an opponent session: the learner is trained, then runs the recorded trials, and on
 * each trial both populations fire from what it computed (see {@link OpponentResponses}).
 * Dopamine neurons fire as recorded in vivo (gamma renewal of shape 3, a refractory period,
 * pauses that can only silence them); serotonin neurons fire more regularly (gamma renewal of
 * the session's regularity) around a tonic rate that follows the learner's slow average outcome. Each (population, trial, neuron) has its
 * own random stream.
 */
public final class OpponentSimulation {

	/** The trial timing: cue at 500 ms, outcome 1000 ms later, 3 s trials, 10 ms TD steps. */
	public static final TaskParameters TASK = TaskParameters.defaults();
	/** Mean serotonin rate change per unit of drive, Hz. */
	public static final double SEROTONIN_GAIN_HZ = 4.0;

	private OpponentSimulation() {}

	/** Runs the session of {@code p}. */
	public static OpponentResult run(OpponentParameters p) {
		Rng rng = new Rng(p.seed());
		Session session = Session.of(p, rng.fork(1));
		NeuronParameters dopamineDefaults = NeuronParameters.defaults();
		OpponentNeurons dopamine = OpponentNeurons.draw(p.dopamineNeurons(), dopamineDefaults.baselineHz(),
			dopamineDefaults.burstHz(), p.salienceFraction(), rng.fork(2, 0));
		OpponentNeurons serotonin = OpponentNeurons.draw(p.serotoninNeurons(), p.serotoninRateHz(), SEROTONIN_GAIN_HZ,
			p.cueExcitedFraction(), rng.fork(2, 1));
		OpponentLearner learner = new OpponentLearner(TASK, p.tonicTauS(), OpponentParameters.TRIAL_INTERVAL_S);
		for (Condition c : Session.training(p, rng.fork(3))) learner.trial(c);
		OpponentResponses responses = new OpponentResponses(TASK);
		List<Session.Trial> trials = session.trials();
		Spikes da = new Spikes(dopamine.size(), trials.size());
		Spikes ht = new Spikes(serotonin.size(), trials.size());
		double[] average = new double[trials.size()];
		double[] rate = new double[TASK.steps()];
		double[] cumulative = new double[TASK.steps() + 1];
		int[] scratch = new int[TASK.durationMs()];
		double refractory = dopamineDefaults.refractoryMs();
		FiringModel dopamineFiring = new GammaFiring(FiringParameters.defaults().regularity());
		FiringModel serotoninFiring = new GammaFiring(p.regularity());
		for (int t = 0; t < trials.size(); t++) {
			TrialSignals s = learner.trial(trials.get(t).condition());
			average[t] = s.averageOutcome();
			double[] value = responses.dopamineValue(s);
			double[] salience = responses.dopamineSalience(s);
			for (int i = 0; i < dopamine.size(); i++) {
				double[] drive = dopamine.inSubset(i) ? salience : value;
				for (int k = 0; k < rate.length; k++) {
					double d = drive[k];
					rate[k] = dopamine.baselineHz()[i] * Math.max(0, 1 + Math.min(0, d)) + dopamine.gainHz()[i] * Math.max(0, d);
				}
				int n = RenewalSpikes.generate(rate, TASK.stepMs(), dopamineFiring, refractory, rng.fork(4, 0, t, i), cumulative, scratch, 0);
				da.add(scratch, n);
			}
			double[] plain = responses.serotonin(s, false);
			double[] excited = responses.serotonin(s, true);
			double tonicShift = p.tonicShiftHz() * s.averageOutcome();
			for (int i = 0; i < serotonin.size(); i++) {
				double[] drive = serotonin.inSubset(i) ? excited : plain;
				double tonic = serotonin.baselineHz()[i] + tonicShift;
				for (int k = 0; k < rate.length; k++) rate[k] = Math.max(0, tonic + serotonin.gainHz()[i] * drive[k]);
				int n = RenewalSpikes.generate(rate, TASK.stepMs(), serotoninFiring, refractory, rng.fork(4, 1, t, i),
					cumulative, scratch, 0);
				ht.add(scratch, n);
			}
		}
		return new OpponentResult(p, session, dopamine, serotonin, da.raster(TASK.durationMs()),
			ht.raster(TASK.durationMs()), average);
	}

	/** A raster filled one (trial, neuron) row at a time, in trial-major order. */
	private static final class Spikes {
		private final int neurons;
		private final int[] offsets;
		private int[] times = new int[1024];
		private int rows;

		Spikes(int neurons, int trials) {
			this.neurons = neurons;
			this.offsets = new int[neurons * trials + 1];
		}

		void add(int[] spikes, int n) {
			int at = offsets[rows];
			if (at + n > times.length) times = Arrays.copyOf(times, Math.max(2 * times.length, at + n));
			System.arraycopy(spikes, 0, times, at, n);
			offsets[++rows] = at + n;
		}

		SpikeRaster raster(int durationMs) {
			return new SpikeRaster(neurons, (offsets.length - 1) / neurons, durationMs, offsets, times);
		}
	}
}
