package org.neurotd.bench;

/**
 * Median times of one workload in this engine.
 *
 * @param workload the size
 * @param spikes spikes generated
 * @param generateS training, response courses and spike generation, in seconds
 * @param degradeS removing half of the neurons, in seconds
 * @param decodeS decoding the error from the spikes (population PSTH per TD step), in seconds
 * @param bytesPerSpike memory held by the recording per spike
 */
public record Measurement(Workload workload, long spikes, double generateS, double degradeS, double decodeS,
	double bytesPerSpike)
{
	/** Spikes generated per second. */
	public double spikesPerS() {
		return spikes / generateS;
	}

	/** Generation plus decoding: what the peers' own timings cover. */
	public double generateAndDecodeS() {
		return generateS + decodeS;
	}
}
