package org.neurotd.sweep;

import java.util.List;

import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.recording.Recording;

/**
 * A loss sweep's results.
 *
 * @param firstSeed seed of the first healthy recording (the others follow it)
 * @param rowsPerSeed metrics per seed, then per loss level (a shard's first and last seeds may
 *          hold only some of the losses)
 * @param firstHealthy the healthy recording of the first seed, or null when it was not simulated
 *          (every cell of that seed resumed from a {@link CellStore}, or a shard without it)
 */
public record SweepResult(long firstSeed, List<List<FlatteningMetrics>> rowsPerSeed, Recording firstHealthy) {}
