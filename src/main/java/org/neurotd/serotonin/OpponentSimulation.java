package org.neurotd.serotonin;

import java.util.Arrays;
import java.util.List;

import org.neurotd.population.Firing;
import org.neurotd.population.FiringModel;
import org.neurotd.population.FiringParameters;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.ResponseCourse;
import org.neurotd.population.SpikeGenerator;
import org.neurotd.population.SpikeRaster;
import org.neurotd.random.Rng;
import org.neurotd.task.TaskParameters;

/**
 * Simulates an opponent session: the learner is trained, then runs the recorded trials, and on
 * each trial both populations fire from what it computed (see {@link OpponentResponses}).
 * Dopamine neurons fire as recorded in vivo (gamma renewal of shape 3, a refractory period,
 * pauses that can only silence them); serotonin neurons fire more regularly (gamma renewal of
 * the session's regularity) around a tonic rate that follows the learner's slow average outcome.
 * Both go through the population's firing seam ({@link SpikeGenerator#spikes}); each
 * (population, trial, neuron) has its own random stream.
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
		NeuronParameters dopamineNeuron = dopamineNeuron(), serotoninNeuron = serotoninNeuron(p);
		OpponentNeurons dopamine = OpponentNeurons.draw(p.dopamineNeurons(), dopamineNeuron.baselineHz(),
			dopamineNeuron.burstHz(), p.salienceFraction(), rng.fork(2, 0));
		OpponentNeurons serotonin = OpponentNeurons.draw(p.serotoninNeurons(), serotoninNeuron.baselineHz(),
			serotoninNeuron.burstHz(), p.cueExcitedFraction(), rng.fork(2, 1));
		OpponentLearner learner = new OpponentLearner(TASK, p.tonicTauS(), OpponentParameters.TRIAL_INTERVAL_S);
		for (Condition c : Session.training(p, rng.fork(3))) learner.trial(c);
		OpponentResponses responses = new OpponentResponses(TASK);
		List<Session.Trial> trials = session.trials();
		Spikes da = new Spikes(dopamine.size(), trials.size(), dopamineNeuron);
		Spikes ht = new Spikes(serotonin.size(), trials.size(), serotoninNeuron);
		double[] average = new double[trials.size()];
		double[] rate = new double[TASK.steps()];
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
				da.add(rate, rng.fork(4, 0, t, i));
			}
			double[] plain = responses.serotonin(s, false);
			double[] excited = responses.serotonin(s, true);
			double tonicShift = p.tonicShiftHz() * s.averageOutcome();
			for (int i = 0; i < serotonin.size(); i++) {
				double[] drive = serotonin.inSubset(i) ? excited : plain;
				double tonic = serotonin.baselineHz()[i] + tonicShift;
				for (int k = 0; k < rate.length; k++) rate[k] = tonic + serotonin.gainHz()[i] * drive[k];
				ht.add(rate, rng.fork(4, 1, t, i));
			}
		}
		return new OpponentResult(p, session, dopamine, serotonin, da.raster(TASK.durationMs()),
			ht.raster(TASK.durationMs()), average);
	}

	/**
	 * The dopamine neurons' firing model: the dopamine population's (tonic rate, burst gain, gamma
	 * shape 3), with one latency for every neuron and trial.
	 */
	public static NeuronParameters dopamineNeuron() {
		NeuronParameters d = NeuronParameters.defaults();
		return d.withFiring(new FiringParameters(d.firing().firing(), d.firing().regularity(), 0));
	}

	/** The serotonin neurons' firing model in the session of {@code p}. */
	public static NeuronParameters serotoninNeuron(OpponentParameters p) {
		return serotoninNeuron(p.serotoninRateHz(), p.regularity());
	}

	/**
	 * Serotonin neurons: a tonic rate, {@link #SEROTONIN_GAIN_HZ} per unit of drive, gamma renewal
	 * of the given regularity (high shape: slow, clock-like firing), the dopamine neurons' spread,
	 * latency, response length and refractory period.
	 */
	public static NeuronParameters serotoninNeuron(double rateHz, double regularity) {
		NeuronParameters d = dopamineNeuron();
		return new NeuronParameters(rateHz, SEROTONIN_GAIN_HZ, OpponentNeurons.SPREAD, d.pauseDepth(),
			OpponentResponses.LATENCY_MS, OpponentResponses.HOLD_MS, d.refractoryMs(),
			new FiringParameters(Firing.GAMMA, regularity, 0));
	}

	/**
	 * A raster filled one (trial, neuron) row at a time, in trial-major order, each row drawn by
	 * the population's firing model from a rate per TD step.
	 */
	private static final class Spikes {
		private final int neurons;
		private final int[] offsets;
		private final FiringModel firing;
		private final double refractoryMs;
		private int[] times = new int[1024];
		private int rows;

		Spikes(int neurons, int trials, NeuronParameters neuron) {
			this.neurons = neurons;
			this.offsets = new int[neurons * trials + 1];
			this.firing = neuron.firing().model();
			this.refractoryMs = neuron.refractoryMs();
		}

		void add(double[] rateHz, Rng rng) {
			int at = offsets[rows], room = at + TASK.durationMs(); // at most a spike per ms
			if (room > times.length) times = Arrays.copyOf(times, Math.max(2 * times.length, room));
			ResponseCourse rates = ResponseCourse.ofRates(rateHz, TASK.stepMs());
			offsets[++rows] = SpikeGenerator.spikes(rates, firing, refractoryMs, rng, times, at);
		}

		SpikeRaster raster(int durationMs) {
			return new SpikeRaster(neurons, (offsets.length - 1) / neurons, durationMs, offsets, times);
		}
	}
}
