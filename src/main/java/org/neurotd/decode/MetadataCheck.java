package org.neurotd.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neurotd.population.NeuronParameters;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation.RecordedErrors;
import org.neurotd.task.TrialEvents;

/**
 * Where a recording's spikes or outcomes contradict its metadata: an edited recording, or one
 * not made with the parameters it carries. Decoding still reads the spikes; the warnings say
 * that the metadata's reference (the healthy population, the trials' errors) may not apply.
 */
final class MetadataCheck {

	/** Relative deviation of a mean rate from the metadata's that is never a sampling effect. */
	private static final double TOLERANCE = 0.25;
	/** Standard errors of the mean on top of it. */
	private static final double STANDARD_ERRORS = 4;

	private MetadataCheck() {}

	static List<String> warnings(Recording recording, RecordedErrors errors, ResponseMaps maps) {
		List<String> warnings = new ArrayList<>();
		TrialEvents recorded = recording.events();
		if (!recorded.equals(errors.events())) {
			int differ = 0;
			for (int k = 0; k < Math.min(recorded.size(), errors.events().size()); k++) {
				if (!recorded.get(k).equals(errors.events().get(k))) differ++;
			}
			warnings.add("the recording's trial events differ from those its seed gives (" + differ + " of "
				+ recorded.size() + " trials): its trials' errors may not be the ones decoded against");
		}
		NeuronParameters neuron = recording.dopamine().neuron();
		int n = maps.size();
		double[] tonic = new double[n];
		double[] gain = new double[n];
		for (int i = 0; i < n; i++) {
			tonic[i] = maps.tonicHz(i);
			gain[i] = maps.gainHz(i);
		}
		check(warnings, "tonic rate", "Hz", tonic, neuron.baselineHz(), neuron.spread());
		if (maps.gainEstimated()) check(warnings, "burst gain", "Hz per unit error", gain, neuron.burstHz(), neuron.spread());
		return warnings;
	}

	private static void check(List<String> warnings, String what, String unit, double[] fitted, double expected,
		double spread)
	{
		int n = fitted.length;
		if (n == 0) return;
		double mean = Arrays.stream(fitted).average().orElse(0);
		double var = 0;
		for (double f : fitted) var += (f - mean) * (f - mean);
		double sampleSd = n > 1 ? Math.sqrt(var / (n - 1)) : 0;
		double populationSd = expected * Math.sqrt(Math.expm1(spread * spread));
		double standardError = Math.max(sampleSd, populationSd) / Math.sqrt(n);
		if (Math.abs(mean - expected) > TOLERANCE * expected + STANDARD_ERRORS * standardError) {
			warnings.add(String.format("the recorded neurons' mean %s, %.3g %s estimated from their spikes, contradicts"
				+ " the metadata's %.3g %s", what, mean, unit, expected, unit));
		}
	}
}
