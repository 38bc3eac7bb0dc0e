package org.neurotd.decode;

import java.util.List;

/**
 * The claims of the flattening story that are the model's hypotheses rather than established
 * facts (science notes, section 3); the figures and run.properties of the commands that show
 * them say so in these words.
 */
public final class Hypotheses {

	/** That value flattens with loss depends on the receptor readout's detection threshold. */
	public static final String FLATTENING = "value flattens with dopamine loss only through the receptor readout's"
		+ " detection threshold (a linear readout does not flatten)";

	/** That staying put wins when values flatten is active freezing, not a motor failure. */
	public static final String ACTIVE_FREEZING = "flattened values make staying put win: active freezing, not a motor"
		+ " failure (as presented by Montague)";

	/** Both, in the order the figures name them. */
	public static final List<String> FLATTENING_STORY = List.of(FLATTENING, ACTIVE_FREEZING);

	private Hypotheses() {}
}
