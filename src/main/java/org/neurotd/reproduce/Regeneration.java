package org.neurotd.reproduce;

import org.neurotd.parkinson.Degradation;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Lesion;
import org.neurotd.recording.Recording;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.recording.RecordingSize;
import org.neurotd.recording.Simulation;

/**
 * A recording simulated again from nothing but its metadata: the healthy simulation from its
 * parameters and seed, then, for a degraded recording, the same lesion. Comparing it with the
 * saved one shows whether a result reproduces.
 */
public final class Regeneration {

	private Regeneration() {}

	/**
	 * The recording {@code metadata} describes, simulated again.
	 *
	 * @param images how many full-size images the caller will build from it (for the memory check)
	 * @throws org.neurotd.params.InvalidParameterException naming {@code recording} when the
	 *           metadata is not ours, is corrupted or too new, or the recording would not fit in memory
	 */
	public static Recording recording(String metadata, double images, int threads, Progress progress) {
		RecordingMetadata.Description d = RecordingMetadata.describe(metadata);
		RecordingSize.require(d.simulation(), images);
		Recording healthy = Simulation.run(d.simulation(), threads, progress).recording();
		if (d.dopamine().lesion().isEmpty()) return healthy;
		Lesion l = d.dopamine().lesion().get();
		return Degradation.apply(healthy, l.parameters());
	}
}
