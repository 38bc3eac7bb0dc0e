package org.neurotd.reproduce;

import org.neurotd.params.Key;

/** The keys of reproducing a saved result, declared once. */
public final class ReproduceKeys {

	private ReproduceKeys() {}

	/** What to re-run. */
	public static final Key<String> SAVED = Key.path("saved", Key.Type.FILE).label("Saved result")
		.describe("An output folder (or its run.properties), or a recording TIFF");
}
