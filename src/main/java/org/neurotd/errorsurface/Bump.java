package org.neurotd.errorsurface;

/**
 * One row of bumps.csv: how much the prediction error shows at intermediate times, between the
 * cue's response and the reward's, over the rewarded acquisition trials of one session.
 *
 * @param lambda the eligibility trace decay
 * @param bumpHz mean response in the intermediate window, Hz per neuron, read from the spikes
 * @param bumpSemHz its standard error over the trials
 * @param bumpDelta mean of the model's error summed over the steps whose responses open in that window
 */
public record Bump(double lambda, double bumpHz, double bumpSemHz, double bumpDelta) {}
