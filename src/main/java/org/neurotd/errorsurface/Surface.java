package org.neurotd.errorsurface;

/**
 * One session of the protocol at one trace decay: the model's error and the recorded
 * population's response, trial by trial and step by step.
 *
 * @param lambda the eligibility trace decay
 * @param rewarded per trial, whether its reward came
 * @param delta per trial and TD step, the learner's error
 * @param dopamineHz per trial and TD step, the population's firing in that step minus its firing
 *        before the cue, Hz per neuron, read from the spikes
 */
public record Surface(double lambda, boolean[] rewarded, double[][] delta, double[][] dopamineHz) {

	/** Number of trials. */
	public int trials() {
		return delta.length;
	}

	/** Number of TD steps per trial. */
	public int steps() {
		return delta[0].length;
	}
}
