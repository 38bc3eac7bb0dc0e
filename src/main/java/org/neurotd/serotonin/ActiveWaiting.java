package org.neurotd.serotonin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.special.Gamma;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.neurotd.population.FiringModel;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.ResponseCourse;
import org.neurotd.population.SpikeGenerator;
import org.neurotd.random.Rng;

/**
 * Active waiting (Miyazaki et al. 2011, 2014, 2018). In each trial an agent waits for a reward
 * that comes after a delay with some probability; in omission trials it waits until it gives up.
 * <p>
 * The agent is a Bayesian observer (Miyazaki et al. 2018's account): it holds the reward
 * probability it learned from the training trials' outcomes (the mean of a Beta(1, 1) posterior)
 * as a prior, and a sense of the delay that is as uncertain as animals' timing (gamma, CV
 * {@code timing_cv}). Every moment without a reward is evidence that none is coming: after t s
 * the log odds that one still is are {@code logit(prior) + w log S(t)}, S the chance that a due
 * reward still lies ahead, and {@code w = 1} is Bayes' rule. Its serotonin neurons fire while it
 * waits, above their tonic rate in proportion to that belief (Miyazaki et al. 2011: sustained
 * firing while waiting that falls before the animal gives up), and the agent reads their spikes in
 * the last 500 ms as patience: it discounts the evidence by {@code w = 1 / (1 + patience s)}, s the
 * population's rate above its tonic rate over its gain. It leaves with a hazard that rises as the
 * log odds fall below 0, so it gives up once leaving is the better bet. The light adds
 * {@code activation} Hz to every serotonin neuron in a random half of trials.
 * <p>
 * Built in: serotonin activity discounts the evidence of a late reward. Not built in, and what the
 * outputs show: whether the light lengthens waiting depends on the reward probability. When the
 * prior alone already favours leaving, the agent leaves early whatever the evidence weighs, so
 * discounting it changes little; when the prior favours waiting, the agent leaves only once the
 * evidence outweighs it, and discounting the evidence postpones that.
 */
public final class ActiveWaiting {

	/** Step of the agent's decisions and of the neurons' rates. */
	public static final int STEP_MS = 100;
	/** Steps of a trial's spikes drawn first (4 s). */
	private static final int FIRST_HORIZON_STEPS = 40;
	/** Steps of serotonin spikes the agent reads (500 ms). */
	static final int WINDOW_STEPS = 5;
	/** An omission trial ends here if the agent has not left. */
	public static final double MAX_WAIT_S = 30;
	/** Rate of leaving once the agent is sure no reward is coming. */
	static final double MAX_HAZARD_PER_S = 0.5;
	/** Log-odds over which the hazard rises from low to high. */
	static final double HAZARD_WIDTH = 0.25;

	/**
	 * Waiting at one probability, with or without the light, over the agents.
	 *
	 * @param probability the reward probability
	 * @param activated whether the light was on
	 * @param activationHz the rate the light adds (0 when off)
	 * @param meanWaitS waiting time in omission trials, mean over agents of each agent's mean
	 * @param semS its standard error over agents (NaN for one agent)
	 * @param omissionTrials omission trials in all
	 * @param serotoninHz serotonin neurons' mean rate while the agent waited in those trials
	 */
	public record Cell(double probability, boolean activated, double activationHz, double meanWaitS, double semS,
		int omissionTrials, double serotoninHz) {}

	/**
	 * The serotonin population's rate while the agent waits in omission trials, at one probability
	 * with or without the light: per decision step from the start of waiting, over the trials still
	 * waiting then.
	 *
	 * @param probability the reward probability
	 * @param activated whether the light was on
	 * @param hz mean rate per neuron in each step (NaN once no trial is still waiting)
	 * @param waiting trials still waiting in each step
	 */
	public record Trace(double probability, boolean activated, double[] hz, int[] waiting) {}

	/**
	 * What the experiment measured.
	 *
	 * @param cells waiting times per probability, light off and on
	 * @param traces the serotonin population's rate while waiting, in the same order
	 */
	public record Result(List<Cell> cells, List<Trace> traces) {}

	/**
	 * One test trial.
	 *
	 * @param rewarded whether a reward was due
	 * @param activated whether the light was on
	 * @param waitS how long the agent waited (until the reward, or until it left)
	 * @param counts the serotonin neurons' spikes in each step while it waited
	 */
	record Trial(boolean rewarded, boolean activated, double waitS, int[] counts) {
		int spikes() {
			int n = 0;
			for (int c : counts) n += c;
			return n;
		}
	}

	private ActiveWaiting() {}

	/** Every probability, without and with the light. */
	public static Result run(WaitingParameters p) {
		Rng rng = new Rng(p.seed());
		List<Cell> cells = new ArrayList<>();
		List<Trace> traces = new ArrayList<>();
		for (int j = 0; j < p.probabilities().size(); j++) {
			double probability = p.probabilities().get(j);
			List<List<Trial>> sessions = new ArrayList<>();
			for (int s = 0; s < p.seeds(); s++) sessions.add(session(p, probability, rng.fork(j, s)));
			for (boolean light : new boolean[] { false, true }) {
				cells.add(cell(p, probability, light, sessions));
				traces.add(trace(p, probability, light, sessions));
			}
		}
		return new Result(cells, traces);
	}

	private static Trace trace(WaitingParameters p, double probability, boolean light, List<List<Trial>> sessions) {
		int steps = (int) Math.round(MAX_WAIT_S * 1000 / STEP_MS);
		double[] spikes = new double[steps];
		int[] waiting = new int[steps];
		for (List<Trial> session : sessions) {
			for (Trial t : session) {
				if (t.rewarded() || t.activated() != light) continue;
				for (int k = 0; k < t.counts().length; k++) {
					spikes[k] += t.counts()[k];
					waiting[k]++;
				}
			}
		}
		double[] hz = new double[steps];
		for (int k = 0; k < steps; k++) hz[k] = spikes[k] * 1000.0 / (STEP_MS * p.neurons() * (double) waiting[k]);
		return new Trace(probability, light, hz, waiting);
	}

	private static Cell cell(WaitingParameters p, double probability, boolean light, List<List<Trial>> sessions) {
		SummaryStatistics waits = new SummaryStatistics();
		int omissions = 0;
		double spikes = 0, time = 0;
		for (List<Trial> session : sessions) {
			SummaryStatistics agent = new SummaryStatistics();
			for (Trial t : session) {
				if (t.rewarded() || t.activated() != light) continue;
				agent.addValue(t.waitS());
				spikes += t.spikes();
				time += t.waitS();
			}
			if (agent.getN() > 0) waits.addValue(agent.getMean());
			omissions += (int) agent.getN();
		}
		double sem = waits.getN() > 1 ? waits.getStandardDeviation() / Math.sqrt(waits.getN()) : Double.NaN;
		return new Cell(probability, light, light ? p.activationHz() : 0, waits.getMean(), sem, omissions,
			spikes / (p.neurons() * time));
	}

	/** One agent's test trials at {@code probability}: its own neurons, prior and trials. */
	static List<Trial> session(WaitingParameters p, double probability, Rng rng) {
		NeuronParameters neuron = OpponentSimulation.serotoninNeuron(p.serotoninRateHz(), p.regularity());
		OpponentNeurons neurons = OpponentNeurons.draw(p.neurons(), neuron.baselineHz(), neuron.burstHz(), 0, rng.fork(0));
		int rewarded = 0;
		for (int i = 0; i < p.training(); i++) rewarded += rng.fork(1, i).nextDouble() < probability ? 1 : 0;
		Belief belief = new Belief((rewarded + 1.0) / (p.training() + 2), p.delayS(), p.timingCv());
		Agent agent = new Agent(p, belief, neurons, neuron);
		List<Trial> trials = new ArrayList<>(p.trials());
		for (int i = 0; i < p.trials(); i++) trials.add(agent.trial(probability, rng.fork(2, i)));
		return trials;
	}

	/**
	 * What the agent believes after t s without a reward, per step: the log chance that a due
	 * reward still lies ahead (its timing gamma around the delay) and the resulting probability
	 * that one is still coming.
	 */
	static final class Belief {
		final double priorLogOdds;
		final double[] logSurvival;
		final double[] stillComing;

		Belief(double prior, double delayS, double timingCv) {
			priorLogOdds = Math.log(prior / (1 - prior));
			int steps = (int) Math.round(MAX_WAIT_S * 1000 / STEP_MS);
			logSurvival = new double[steps + 1];
			stillComing = new double[steps + 1];
			double shape = 1 / (timingCv * timingCv), scale = delayS / shape;
			for (int k = 0; k <= steps; k++) {
				logSurvival[k] = Math.log(Gamma.regularizedGammaQ(shape, k * STEP_MS / 1000.0 / scale));
				stillComing[k] = 1 / (1 + Math.exp(-(priorLogOdds + logSurvival[k])));
			}
		}
	}

	/** An agent and its serotonin neurons. */
	private static final class Agent {
		private final WaitingParameters p;
		private final Belief belief;
		private final OpponentNeurons neurons;
		private final FiringModel firing;
		private final double refractoryMs;
		private final double tonicHz;
		private final double gainHz;

		Agent(WaitingParameters p, Belief belief, OpponentNeurons neurons, NeuronParameters neuron) {
			this.p = p;
			this.belief = belief;
			this.neurons = neurons;
			this.firing = neuron.firing().model();
			this.refractoryMs = neuron.refractoryMs();
			double tonic = 0, gain = 0;
			for (int i = 0; i < neurons.size(); i++) {
				tonic += neurons.baselineHz()[i];
				gain += neurons.gainHz()[i];
			}
			this.tonicHz = tonic;
			this.gainHz = gain;
		}

		Trial trial(double probability, Rng rng) {
			boolean rewarded = rng.fork(0).nextDouble() < probability;
			boolean light = rng.fork(1).nextDouble() < 0.5;
			int steps = (int) Math.round((rewarded ? p.delayS() : MAX_WAIT_S) * 1000 / STEP_MS);
			double lightHz = light ? p.activationHz() : 0;
			int horizon = Math.min(steps, FIRST_HORIZON_STEPS);
			int[] counts = spikesPerStep(horizon, lightHz, rng.fork(2));
			int window = 0;
			for (int k = 0; k < steps; k++) {
				if (k == horizon) {
					horizon = Math.min(steps, 2 * horizon);
					counts = spikesPerStep(horizon, lightHz, rng.fork(2));
				}
				window += counts[k] - (k >= WINDOW_STEPS ? counts[k - WINDOW_STEPS] : 0);
				double readHz = window * 1000.0 / (Math.min(k + 1, WINDOW_STEPS) * STEP_MS);
				double serotonin = Math.max(0, (readHz - tonicHz) / gainHz);
				double weight = 1 / (1 + p.patience() * serotonin);
				double logOdds = belief.priorLogOdds + weight * belief.logSurvival[k + 1];
				double hazard = MAX_HAZARD_PER_S / (1 + Math.exp(logOdds / HAZARD_WIDTH));
				if (rng.fork(3, k).nextDouble() < -Math.expm1(-hazard * STEP_MS / 1000.0)) {
					return new Trial(rewarded, light, (k + 1) * STEP_MS / 1000.0, Arrays.copyOf(counts, k + 1));
				}
			}
			return new Trial(rewarded, light, steps * STEP_MS / 1000.0, counts);
		}

		/**
		 * The population's spikes per step over the first {@code steps}, each neuron above tonic by
		 * its gain times the belief. The same streams over a longer span give the same spikes in
		 * the shorter one (time rescaling draws the same intervals), so a trial's spikes are drawn
		 * only as far as the agent waits, in doubling spans.
		 */
		private int[] spikesPerStep(int steps, double lightHz, Rng rng) {
			int[] counts = new int[steps];
			int[] times = new int[steps * STEP_MS];
			double[] rate = new double[steps];
			for (int i = 0; i < neurons.size(); i++) {
				for (int k = 0; k < steps; k++) {
					rate[k] = neurons.baselineHz()[i] + neurons.gainHz()[i] * belief.stillComing[k] + lightHz;
				}
				int n = SpikeGenerator.spikes(ResponseCourse.ofRates(rate, STEP_MS), firing, refractoryMs, rng.fork(i), times, 0);
				for (int s = 0; s < n; s++) counts[times[s] / STEP_MS]++;
			}
			return counts;
		}
	}

	/** serotonin.csv: time_s,probability,activation,serotonin_hz,waiting_trials, the steps some trial still waited. */
	public static String traceCsv(List<Trace> traces) {
		StringBuilder sb = new StringBuilder("time_s,probability,activation,serotonin_hz,waiting_trials\n");
		for (Trace t : traces) {
			for (int k = 0; k < t.hz().length && t.waiting()[k] > 0; k++) {
				sb.append(String.format(Locale.ROOT, "%.1f,%s,%s,%.6g,%d%n", (k + 1) * STEP_MS / 1000.0, t.probability(),
					t.activated() ? "on" : "off", t.hz()[k], t.waiting()[k]));
			}
		}
		return sb.toString();
	}

	/** waiting.csv: probability,activation,activation_hz,mean_wait_s,sem_s,omission_trials,serotonin_hz. */
	public static String csv(List<Cell> cells) {
		StringBuilder sb = new StringBuilder(
			"probability,activation,activation_hz,mean_wait_s,sem_s,omission_trials,serotonin_hz\n");
		for (Cell c : cells) {
			sb.append(String.format(Locale.ROOT, "%s,%s,%s,%.6g,%.6g,%d,%.6g%n", c.probability(), c.activated() ? "on" : "off",
				c.activationHz(), c.meanWaitS(), c.semS(), c.omissionTrials(), c.serotoninHz()));
		}
		return sb.toString();
	}
}
