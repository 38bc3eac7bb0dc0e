package org.neurotd.reproduce;

import org.neurotd.forage.ForageKeys;
import org.neurotd.forage.Forager;
import org.neurotd.forage.ForagerRecording;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.parkinson.Degradation;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Lesion;
import org.neurotd.recording.Protocol;
import org.neurotd.recording.Recording;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.recording.RecordingSize;
import org.neurotd.recording.Simulation;
import org.neurotd.serotonin.OpponentRecording;

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
		Recording healthy = healthy(d, threads, progress);
		if (d.dopamine().lesion().isEmpty()) return healthy;
		Lesion l = d.dopamine().lesion().get();
		return Degradation.apply(healthy, l.parameters());
	}

	/** The healthy recording of the protocol the metadata names. */
	private static Recording healthy(RecordingMetadata.Description d, int threads, Progress progress) {
		Protocol protocol = d.protocol();
		if (protocol.equals(Protocol.PAVLOVIAN)) return Simulation.run(d.simulation(), threads, progress).recording();
		if (protocol.name().equals(OpponentRecording.PROTOCOL)) return OpponentRecording.simulate(protocol);
		if (protocol.name().equals(ForagerRecording.PROTOCOL)) return Forager.recorded(protocol.read(ForageKeys.BLOCK),
			threads, progress).recording();
		throw new InvalidParameterException("recording", "was made by the protocol '" + protocol.name() + "', which this"
			+ " version cannot simulate");
	}
}
