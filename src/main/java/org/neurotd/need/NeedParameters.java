package org.neurotd.need;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.params.Require;

/**
 * What determines a need-state session, seed included.
 *
 * @param repleteNeed the need for salt when replete (utility = need x outcome)
 * @param depletedNeed the need for salt after depletion
 * @param readout how the cue's value is read out
 * @param polarity whether (and how) the hypothetical polarity flip follows
 * @param training replete trials before the recording
 * @param trials recorded trials per phase
 * @param neurons dopamine neurons recorded
 * @param seed master seed
 */
public record NeedParameters(double repleteNeed, double depletedNeed, CueReadout readout, PolarityFlip polarity,
	int training, int trials, int neurons, long seed)
{
	/** Validates the ranges. */
	public NeedParameters {
		NeedKeys.REPLETE_NEED.require(repleteNeed);
		NeedKeys.DEPLETED_NEED.require(depletedNeed);
		java.util.Objects.requireNonNull(readout, "readout");
		java.util.Objects.requireNonNull(polarity, "polarity");
		NeedKeys.TRAINING.require(training);
		NeedKeys.TRIALS.require(trials);
		NeedKeys.NEURONS.require(neurons);
		Require.that((long) neurons * trials <= 1_000_000L, "trials", trials,
			"at most 1,000,000 neuron-trials per phase (neurons x trials); here neurons=" + neurons);
	}

	/** The defaults: need -0.5 replete, 1 depleted, model-free TD, no polarity flip, 200 neurons. */
	public static NeedParameters defaults() {
		return NeedKeys.BLOCK.defaults();
	}

	/**
	 * One phase of the session.
	 *
	 * @param name its name in state.csv
	 * @param need the need for salt in it
	 * @param flipped whether the population's polarity is flipped (hypothesis)
	 */
	public record Phase(String name, double need, boolean flipped) {}

	/** The recorded phases: replete, depleted, and with a polarity flip stress and recovery. */
	public List<Phase> phases() {
		List<Phase> phases = new ArrayList<>(List.of(new Phase("replete", repleteNeed, false),
			new Phase("depleted", depletedNeed, false)));
		if (polarity != PolarityFlip.NONE) {
			phases.add(new Phase("stress", depletedNeed, true));
			phases.add(new Phase("recovery", depletedNeed, polarity == PolarityFlip.CHRONIC));
		}
		return phases;
	}
}
