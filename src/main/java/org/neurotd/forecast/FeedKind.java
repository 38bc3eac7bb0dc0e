package org.neurotd.forecast;

/** The two feeds, by their name in feed.csv. */
public enum FeedKind {
	/** No last item: each session goes on with new items, and the last item leads into the next. */
	ENDLESS("endless"),
	/** The same first items, then the end: each session replays them. */
	ENDING("ending");

	private final String key;

	FeedKind(String key) {
		this.key = key;
	}

	/** The name in feed.csv. */
	public String key() {
		return key;
	}
}
