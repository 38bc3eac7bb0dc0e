package org.neurotd.selection;

import java.util.Locale;

/** The actor that learns which stimulus to choose. */
public enum SelectionLearner {
	/** Separate Go (D1) and NoGo (D2) weights per stimulus, the opponent actor of Collins &amp; Frank (2014). */
	GO_NOGO,
	/** One weight per stimulus that both pathways' teaching signals move (a control). */
	SINGLE;

	/** The key in parameters: {@code go_nogo} or {@code single}. */
	public String key() {
		return name().toLowerCase(Locale.ROOT);
	}
}
