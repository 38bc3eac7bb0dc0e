package org.neurotd.science;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotd.population.NeuronParameters;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.report.Reports;
import org.neurotd.report.Table;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;

/**
 * The dopamine population's firing, read from the simulated spikes' PSTH, shows the TD error
 * (Schultz, Dayan &amp; Montague 1997): a burst at the reward early in training, at the CS after
 * training, and a dip when a predicted reward is omitted.
 */
class TdErrorScienceTest {

	private static final NeuronParameters NEURON = NeuronParameters.defaults();

	private static Recording record(int training, double probability, long seed) {
		TaskParameters task = new TaskParameters(3000, 500, 1500, 10, probability, 1.0);
		var p = new SimulationParameters(300, 30, training, false, task, TdParameters.defaults(), Representation.CSC,
			NEURON, seed);
		return Simulation.run(p, 2, Progress.NONE).recording();
	}

	/** Mean rate (Hz per neuron) of a PSTH column in the response window of an event at {@code eventMs}. */
	private static double response(Table psth, String column, int eventMs) {
		return mean(psth, column, eventMs + NEURON.latencyMs(), eventMs + NEURON.latencyMs() + NEURON.burstMs());
	}

	private static double baseline(Table psth, String column) {
		return mean(psth, column, 0, 500);
	}

	private static double mean(Table psth, String column, int fromMs, int toMs) {
		double sum = 0;
		int n = 0;
		for (int i = 0; i < psth.size(); i++) {
			double t = psth.get(i, "time_ms");
			if (t >= fromMs && t < toMs) {
				sum += psth.get(i, column);
				n++;
			}
		}
		return sum / n;
	}

	@Test
	void afterTrainingTheBurstIsAtTheCsAndNotAtThePredictedReward() {
		Table psth = Reports.psth(record(400, 1.0, 3));
		double base = baseline(psth, "rate_hz");
		assertTrue(response(psth, "rate_hz", 500) > base + 10, "CS burst: " + response(psth, "rate_hz", 500));
		assertTrue(Math.abs(response(psth, "rate_hz", 1500) - base) < 1.5,
			"no burst at the predicted reward: " + response(psth, "rate_hz", 1500) + " vs baseline " + base);
	}

	@Test
	void earlyInTrainingTheBurstIsAtTheReward() {
		Table psth = Reports.psth(record(0, 1.0, 4));
		double base = baseline(psth, "rate_hz");
		assertTrue(response(psth, "rate_hz", 1500) > base + 10, "reward burst: " + response(psth, "rate_hz", 1500));
		assertTrue(Math.abs(response(psth, "rate_hz", 500) - base) < 1.5, "no CS response yet");
	}

	@Test
	void anOmittedRewardDipsBelowBaselineWhenItWasDue() {
		Table psth = Reports.psth(record(400, 0.5, 5));
		double base = baseline(psth, "omitted_hz");
		double atDue = response(psth, "omitted_hz", 1500);
		assertTrue(atDue < base - 2, "omission dip: " + atDue + " vs baseline " + base);
		assertTrue(response(psth, "rewarded_hz", 1500) > base + 5, "a half-predicted reward still bursts");
	}
}
