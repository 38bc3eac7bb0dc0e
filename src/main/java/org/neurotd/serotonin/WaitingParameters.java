package org.neurotd.serotonin;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.params.Require;

/**
 * An active-waiting experiment (science notes, section 4; Miyazaki et al. 2011, 2014, 2018): at
 * each reward probability, sessions of trials in which an agent waits for a delayed reward while
 * its serotonin neurons are recorded, the light activating them in a random half of trials.
 *
 * @param probabilities reward probabilities, ascending, each in (0, 1)
 * @param delayS delay from the start of waiting to the reward, when it comes
 * @param timingCv coefficient of variation of the agent's sense of the delay
 * @param activationHz rate the light adds to every serotonin neuron in activated trials
 * @param patience how strongly serotonin activity discounts the evidence that no reward is coming
 * @param neurons serotonin neurons recorded
 * @param serotoninRateHz their mean tonic rate
 * @param regularity gamma shape of their interspike intervals
 * @param trials test trials per probability and seed
 * @param training trials the agent learns the probability from before the test
 * @param seeds independent agents per probability
 * @param seed master seed
 */
public record WaitingParameters(List<Double> probabilities, double delayS, double timingCv, double activationHz,
	double patience, int neurons, double serotoninRateHz, double regularity, int trials, int training, int seeds,
	long seed)
{
	/** Validates the ranges; each failure names the key. */
	public WaitingParameters {
		probabilities = List.copyOf(probabilities);
		Require.that(!probabilities.isEmpty(), "probabilities", "", "at least one probability");
		for (int i = 0; i < probabilities.size(); i++) {
			double p = probabilities.get(i);
			Require.that(p > 0 && p < 1, "probabilities", p, "probabilities above 0 and below 1 (at 1 no reward is"
				+ " omitted, so no waiting is measured)");
			Require.that(i == 0 || p > probabilities.get(i - 1), "probabilities", p, "ascending probabilities, each once");
		}
		WaitingKeys.DELAY.require(delayS);
		WaitingKeys.TIMING_CV.require(timingCv);
		WaitingKeys.ACTIVATION.require(activationHz);
		WaitingKeys.PATIENCE.require(patience);
		OpponentKeys.SEROTONIN.require(neurons);
		OpponentKeys.SEROTONIN_RATE.require(serotoninRateHz);
		OpponentKeys.REGULARITY.require(regularity);
		WaitingKeys.TRIALS.require(trials);
		WaitingKeys.TRAINING.require(training);
		WaitingKeys.SEEDS.require(seeds);
		long work = (long) neurons * trials * seeds * probabilities.size();
		Require.that(work <= 20_000_000L, "trials", trials,
			"at most 20,000,000 neuron-trials in all (serotonin x trials x seeds x probabilities)");
	}

	/** The defaults: probabilities 0.25, 0.5, 0.75 and 0.9; 5 agents of 200 trials each. */
	public static WaitingParameters defaults() {
		return WaitingKeys.BLOCK.defaults();
	}

	/** The probabilities a {@code probabilities} value lists. */
	public static List<Double> probabilities(String value) {
		List<Double> out = new ArrayList<>();
		for (String part : (value == null ? "" : value).split(",", -1)) {
			double p = Double.NaN;
			try {
				p = Double.parseDouble(part.trim());
			}
			catch (NumberFormatException e) {
				// reported below
			}
			Require.that(!Double.isNaN(p), "probabilities", value, "a comma-separated list of probabilities");
			out.add(p);
		}
		return out;
	}
}
