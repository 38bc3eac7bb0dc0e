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
	 * Writes the features into {@code out[0 .. featureCount())}.
	 *
	 * @param sinceCue TD steps since cue onset (negative before it)
	 * @param sinceReward TD steps since the reward arrived in this trial (negative if it has not)
	 * @return the first feature index that may be non-zero; features below it are zero, which
	 *         lets the learner skip them
	 */
	int features(int sinceCue, int sinceReward, double[] out);
}
