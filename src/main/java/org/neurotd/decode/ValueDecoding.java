package org.neurotd.decode;

import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;

/**
 * Decodes a recording: the error an observer reads from its spikes, the value a striatal critic
 * learns from its surviving neurons, the same critic fed by the healthy population for
 * reference, and the flattening metrics.
 *
 * @param errors decoded error and d'
 * @param critic what the critic learned from this recording's neurons
 * @param healthy what it learned from the healthy population
 * @param metrics the flattening metrics
 */
public record ValueDecoding(ObservedErrors errors, CriticValues critic, CriticValues healthy, FlatteningMetrics metrics) {

	/** Decodes {@code recording}, learning the healthy reference too. */
	public static ValueDecoding of(Recording recording, ReadoutParameters readout) {
		return of(recording, readout, StriatalCritic.learnHealthy(recording, readout));
	}

	/**
	 * Decodes {@code recording} against a healthy reference already learned (by
	 * {@link StriatalCritic#learnHealthy}) for the same healthy recording and readout.
	 */
	public static ValueDecoding of(Recording recording, ReadoutParameters readout, CriticValues healthy) {
		ObservedErrors errors = ErrorObserver.observe(recording);
		RecordedPopulation dopamine = recording.dopamine();
		CriticValues critic = dopamine.lesion().isPresent() ? StriatalCritic.learn(recording, readout) : healthy;
		double contrast = healthy.contrast() > 1e-9 ? critic.contrast() / healthy.contrast() : 1.0;
		double stay = StayGoChooser.stayProbability(readout.stayBias(), readout.temperature(),
			critic.rewardedOnset(), critic.unrewardedOnset());
		double loss = dopamine.lesion().map(l -> l.loss()).orElse(0.0);
		FlatteningMetrics metrics = new FlatteningMetrics(loss, dopamine.raster().neurons(), contrast,
			errors.dprime(), critic.rampSlopePerS(), stay);
		return new ValueDecoding(errors, critic, healthy, metrics);
	}
}
