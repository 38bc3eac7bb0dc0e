package org.neurotd.decode;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation;

/**
 * Decodes a recording: the error an observer reads from its spikes, each recorded neuron's
 * response map fitted to its spikes, the value a striatal critic learns from those neurons, the
 * same critic fed by the healthy population of the metadata for reference, and the flattening
 * metrics.
 *
 * @param errors decoded error and d'
 * @param critic what the critic learned from this recording's neurons
 * @param healthy what it learned from the healthy population
 * @param metrics the flattening metrics
 * @param warnings where the recording contradicts its metadata, or a metric is undefined
 */
public record ValueDecoding(ObservedErrors errors, CriticValues critic, CriticValues healthy, FlatteningMetrics metrics,
	List<String> warnings)
{
	/**
	 * Least CS+ minus CS- value (in units of a full reward) the healthy reference must learn for a
	 * contrast relative to it to mean something.
	 */
	public static final double MIN_HEALTHY_CONTRAST = 0.01;

	/** Decodes {@code recording}, learning the healthy reference too. */
	public static ValueDecoding of(Recording recording, ReadoutParameters readout) {
		return of(recording, readout, StriatalCritic.learnReference(recording.simulation(), readout));
	}

	/**
	 * Decodes {@code recording} against a healthy reference already learned (by
	 * {@link StriatalCritic#learnReference}) for the same simulation parameters and readout.
	 */
	public static ValueDecoding of(Recording recording, ReadoutParameters readout, CriticValues healthy) {
		ObservedErrors errors = ErrorObserver.observe(recording);
		Simulation.RecordedErrors known = Simulation.recordedErrors(recording.simulation());
		RecordedPopulation dopamine = recording.dopamine();
		ResponseMaps maps = ResponseMaps.fit(dopamine.raster(), known.delta(), recording.simulation().task().stepMs(),
			dopamine.neuron());
		List<String> warnings = new ArrayList<>(MetadataCheck.warnings(recording, known, maps));
		CriticValues critic = StriatalCritic.learn(recording, maps, readout);
		double contrast = critic.contrast() / healthy.contrast();
		if (!(healthy.contrast() >= MIN_HEALTHY_CONTRAST)) {
			contrast = Double.NaN;
			warnings.add(String.format("the healthy critic learned no contrast (%.3g) with this readout, so value_contrast"
				+ " is undefined (NaN)", healthy.contrast()));
		}
		double stay = StayGoChooser.stayProbability(readout.stayBias(), readout.temperature(),
			critic.rewardedOnset(), critic.unrewardedOnset());
		double loss = dopamine.lesion().map(l -> l.loss()).orElse(0.0);
		FlatteningMetrics metrics = new FlatteningMetrics(loss, dopamine.raster().neurons(), contrast,
			errors.dprime(), critic.rampSlopePerS(), stay);
		return new ValueDecoding(errors, critic, healthy, metrics, List.copyOf(warnings));
	}
}
