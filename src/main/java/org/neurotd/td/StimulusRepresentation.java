package org.neurotd.td;

/**
 * How a cue is represented in time after its onset: a vector of features per TD step. The
 * critic's value is linear in these features, so the representation decides what timing the
 * critic can learn.
 */
public interface StimulusRepresentation {

	/** Number of features one cue uses. */
	int featureCount();

	/**
	 * Writes the features that are not zero, as a sparse vector: their indices (ascending) into
	 * {@code index} and their values into {@code value}, both at least {@link #featureCount()} long.
	 * The learner's cost per step follows the number of active features, not all of them.
	 *
	 * @param sinceCue TD steps since cue onset (negative before it)
	 * @param sinceReward TD steps since the reward arrived in this trial (negative if it has not)
	 * @return how many features are active
	 */
	int features(int sinceCue, int sinceReward, int[] index, double[] value);
}
