package org.neurotd.tonic;

/**
 * One row of vigour.csv: a block after the reward average has settled (see {@link TonicSession#settleMs}),
 * as measured from the agent's responses and the recording.
 *
 * @param block the block (0-based)
 * @param rewardRate rewards the agent collected per second
 * @param latencyS mean time between its responses, s
 * @param tonicHz mean tonic component of the recorded signal (spikes, or release with {@code envelope=release})
 * @param firingTonicHz mean tonic component of the spikes alone
 * @param rewardResponseHz mean phasic response to the rewards collected
 * @param rewards rewards collected
 */
public record VigourRow(int block, double rewardRate, double latencyS, double tonicHz, double firingTonicHz,
	double rewardResponseHz, int rewards)
{
	/** The columns of vigour.csv. */
	public static final String[] COLUMNS = { "block", "reward_rate", "latency_s", "tonic_hz", "firing_tonic_hz",
		"reward_response_hz", "rewards" };

	/** The row's values, in {@link #COLUMNS}' order. */
	public double[] values() {
		return new double[] { block, rewardRate, latencyS, tonicHz, firingTonicHz, rewardResponseHz, rewards };
	}
}
