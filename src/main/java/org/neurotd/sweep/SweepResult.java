package org.neurotd.sweep;

import java.util.List;

import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.recording.Recording;

/**
 * A loss sweep's results.
 *
 * @param firstSeed seed of the first healthy recording (the others follow it)
 * @param rowsPerSeed metrics per seed, then per loss level
 * @param firstHealthy the healthy recording of the first seed, or null when every cell of that seed was
 *          resumed from a {@link CellStore} (it was not simulated again)
 */
public record SweepResult(long firstSeed, List<List<FlatteningMetrics>> rowsPerSeed, Recording firstHealthy) {

	/** Means over seeds per loss level. */
	public List<FlatteningMetrics> means() {
		return LossSweep.mean(rowsPerSeed);
	}
}
