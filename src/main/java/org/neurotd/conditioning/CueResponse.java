package org.neurotd.conditioning;

/**
 * One row of compare.csv: what a learner made of one cue of a paradigm, and how the recorded
 * dopamine population answered it.
 *
 * @param paradigm the paradigm's key
 * @param learner the learning rule's key
 * @param cue the cue's name ({@code reward} for the outcome)
 * @param value the learner's value of the cue alone at its onset (NaN for the outcome)
 * @param responseHz the population's firing in the window after the event minus its firing
 *        before the first cue, Hz per neuron, mean over the probe's recorded trials
 * @param semHz standard error of {@code responseHz} over those trials
 */
public record CueResponse(String paradigm, String learner, String cue, double value, double responseHz,
	double semHz) {}
