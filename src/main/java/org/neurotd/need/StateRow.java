package org.neurotd.need;

/**
 * One row of state.csv: a recorded trial and the dopamine population's responses to it, read from
 * the spikes as the change from the trial's baseline firing (Hz per neuron).
 *
 * @param phase the phase's name
 * @param trial the trial within the phase, from 1
 * @param need the need for salt
 * @param cueHz the response to the cue (NaN on an uncued delivery)
 * @param outcomeHz the response to the salt
 * @param cued whether the salt followed the cue
 * @param flipped whether the population's polarity was flipped (hypothesis)
 */
public record StateRow(String phase, int trial, double need, double cueHz, double outcomeHz, boolean cued,
	boolean flipped) {}
