package org.neurotd.selection;

/**
 * One simulated subject's training and test.
 *
 * @param group the subject's group
 * @param subject index within the group
 * @param blocks training blocks run
 * @param criterionMet whether the last block met the training criterion
 * @param chooseA accuracy on test pairs of A with C, D, E, F (A chosen)
 * @param avoidB accuracy on test pairs of B with C, D, E, F (B not chosen)
 */
public record SubjectResult(SelectionGroup group, int subject, int blocks, boolean criterionMet, double chooseA,
	double avoidB)
{}
