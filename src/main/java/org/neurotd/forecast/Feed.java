package org.neurotd.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurotd.random.Rng;

/**
 * A feed: a stream of items, each carrying the small reward with some chance, learned by TD(lambda)
 * over the position in a session (one value per item seen so far; the lambda of the science
 * notes, so that an error reaches the items before it within a session). The ending feed is a fixed
 * set of items followed by the end (value 0), replayed each session; the endless feed starts
 * with the same items but has no last one: each session goes on with new items and its last
 * item leads into the next session's first. Whether the errors die away is what the learner
 * makes of the two streams, not a rule of the feed.
 */
public final class Feed {

	/** Learning rate per item. */
	public static final double ALPHA = 0.2;
	/** Discount per item. */
	public static final double GAMMA = 0.9;
	/** Eligibility decay per item. */
	public static final double LAMBDA = 0.9;
	/** The columns of feed.csv. */
	public static final String COLUMNS = "feed,item,value,delta";

	private static final long FEED_STREAM = 4;

	/**
	 * One item as the learner met it.
	 *
	 * @param feed which feed
	 * @param item 1-based count of items seen in that feed
	 * @param value the value before the item arrived (its forecast)
	 * @param delta the item's TD error
	 */
	public record Item(FeedKind feed, int item, double value, double delta) {}

	private Feed() {}

	/** Every item of both feeds, the endless one first. */
	public static List<Item> run(ForecastParameters p) {
		List<Item> out = new ArrayList<>();
		for (FeedKind kind : FeedKind.values()) out.addAll(run(kind, p));
		return out;
	}

	private static List<Item> run(FeedKind kind, ForecastParameters p) {
		Rng rng = new Rng(p.seed()).fork(FEED_STREAM);
		int n = p.feedItems();
		double[] value = new double[n + 1]; // value[j]: j items of the session seen; value[n] is the end
		double[] trace = new double[n];
		List<Item> out = new ArrayList<>(n * p.feedSessions());
		for (int session = 0; session < p.feedSessions(); session++) {
			int content = kind == FeedKind.ENDING ? 0 : session;
			// An ending session is an episode of its own; the endless stream carries its traces on.
			if (kind == FeedKind.ENDING) java.util.Arrays.fill(trace, 0);
			for (int k = 1; k <= n; k++) {
				double reward = rng.fork(content, k).nextDouble() < p.feedRewardChance() ? p.smallReward() : 0;
				// With no end, the last item leads into the next session's start, not into a final state.
				double next = kind == FeedKind.ENDLESS && k == n ? value[0] : value[k];
				double delta = reward + GAMMA * next - value[k - 1];
				out.add(new Item(kind, session * n + k, value[k - 1], delta));
				for (int j = 0; j < n; j++) trace[j] *= GAMMA * LAMBDA;
				trace[k - 1] += 1;
				for (int j = 0; j < n; j++) value[j] += ALPHA * delta * trace[j];
			}
		}
		return out;
	}

	/** feed.csv. */
	public static String csv(List<Item> items) {
		StringBuilder sb = new StringBuilder(COLUMNS).append('\n');
		for (Item i : items) {
			sb.append(i.feed().key()).append(',').append(i.item())
				.append(String.format(Locale.ROOT, ",%.6g,%.6g%n", i.value(), i.delta()));
		}
		return sb.toString();
	}
}
