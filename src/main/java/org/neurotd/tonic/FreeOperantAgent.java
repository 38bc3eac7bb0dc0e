package org.neurotd.tonic;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.random.Rng;

/**
 * A free-operant session, step by step: a variable-interval schedule arms a reward at the
 * block's rate and holds it until the next response collects it; the agent keeps a slow average
 * of the rewards it gets (its estimate of the reward rate R, time constant {@code tonic_tau}) and
 * responds with the latency that is optimal for that estimate, {@code sqrt(C_v / R)} (Niv, Daw,
 * Joel &amp; Dayan 2007: acting slowly forgoes reward at rate R, acting fast costs C_v / latency),
 * times lognormal noise. At each response it learns the chance that a response is rewarded
 * (a delta rule) and its outcome error is the phasic error. The latency law and the envelope
 * ({@code 1 + gain x average}) are the model's inputs; what the neurons and the agent then do is
 * read back from spikes and responses.
 */
public final class FreeOperantAgent {

	/** TD step, ms. */
	public static final int STEP_MS = 10;
	/** Learning rate of the response's reward prediction. */
	static final double ALPHA = 0.05;
	/** Reward-rate estimate below which the latency stops growing, rewards/s. */
	static final double MIN_ESTIMATE = 0.005;
	/** Longest latency, s. */
	static final double MAX_LATENCY_S = 30;

	/**
	 * One response.
	 *
	 * @param timeMs when it was made
	 * @param latencyS time since the previous response (or since the session start)
	 * @param rewarded whether it collected a reward
	 * @param error the phasic error at its outcome
	 */
	public record Response(int timeMs, double latencyS, boolean rewarded, double error) {}

	/**
	 * The session as the agent lived it.
	 *
	 * @param delta the phasic error at each TD step (nonzero at responses)
	 * @param average the slow reward average at each step, rewards/s
	 * @param responses every response, in order
	 */
	public record Behaviour(double[] delta, double[] average, List<Response> responses) {}

	private FreeOperantAgent() {}

	/** Runs the session of {@code p}; the schedule and the latency noise draw from their own streams. */
	public static Behaviour run(TonicParameters p, Rng rng) {
		int stepsPerBlock = p.blockS() * 1000 / STEP_MS;
		int steps = stepsPerBlock * p.blocks();
		double dt = STEP_MS / 1000.0;
		double decay = Math.exp(-dt / p.tonicTauS());
		Rng schedule = rng.fork(1), noise = rng.fork(2);
		double[] delta = new double[steps], average = new double[steps];
		List<Response> responses = new ArrayList<>();
		// Trained on the first block's schedule: the average and the prediction start at its steady state.
		double estimate = p.rates().get(0);
		double predicted = -Math.expm1(-estimate * Math.sqrt(p.vigourCost() / estimate));
		boolean armed = false;
		int last = 0, next = latencySteps(p, estimate, noise);
		for (int k = 0; k < steps; k++) {
			double rate = p.rates().get(k / stepsPerBlock);
			if (!armed) armed = schedule.nextDouble() < -Math.expm1(-rate * dt);
			estimate *= decay;
			if (k == next) {
				double r = armed ? 1 : 0;
				double error = r - predicted;
				predicted += ALPHA * error;
				delta[k] = error;
				estimate += r / p.tonicTauS();
				responses.add(new Response(k * STEP_MS, (k - last) * dt, armed, error));
				armed = false;
				last = k;
				next = k + latencySteps(p, estimate, noise);
			}
			average[k] = estimate;
		}
		return new Behaviour(delta, average, List.copyOf(responses));
	}

	/** The latency the estimate makes optimal, with noise, in whole steps (at least one). */
	private static int latencySteps(TonicParameters p, double estimate, Rng noise) {
		double optimal = Math.sqrt(p.vigourCost() / Math.max(MIN_ESTIMATE, estimate));
		double s = p.latencyNoise();
		double latency = Math.min(MAX_LATENCY_S, optimal * Math.exp(s * noise.nextGaussian() - s * s / 2));
		return Math.max(1, (int) Math.round(latency * 1000 / STEP_MS));
	}
}
