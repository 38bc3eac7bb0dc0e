package org.neurotd.population;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotd.population.BurstDetector.Burst;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.task.TaskParameters;

/**
 * Where the Grace &amp; Bunney detector finds bursts in a trained population's recording: the
 * share that starts within {@value #WINDOW_MS} ms after the CS or the reward time, against the
 * spontaneous ones. Poisson tonic firing bursts spontaneously so often that most bursts are far
 * from the events; regular (gamma) firing brings the bursts to the events.
 */
class BurstShareTest {

	private static final int WINDOW_MS = 300;

	/** Bursts near events and bursts elsewhere, and the tonic bursts per neuron per second before the CS. */
	record Shares(double nearEvents, double spontaneousPerS) {}

	static Shares shares(FiringParameters firing) {
		SimulationParameters d = SimulationParameters.defaults();
		var p = new SimulationParameters(1000, 20, 300, true, d.task(), d.td(), d.representation(),
			d.neuron().withFiring(firing), 3);
		SpikeRaster r = Simulation.run(p, 2, Progress.NONE).recording().dopamine().raster();
		TaskParameters task = p.task();
		long near = 0, all = 0, beforeCs = 0;
		for (int k = 0; k < r.trials(); k++) {
			for (int i = 0; i < r.neurons(); i++) {
				for (Burst b : BurstDetector.GRACE_BUNNEY.bursts(r, k, i)) {
					all++;
					if (after(b, task.csTimeMs()) || after(b, task.rewardTimeMs())) near++;
					if (b.startMs() < task.csTimeMs()) beforeCs++;
				}
			}
		}
		return new Shares(near / (double) all, beforeCs / (r.trials() * (double) r.neurons() * task.csTimeMs() / 1000));
	}

	private static boolean after(Burst b, int eventMs) {
		return b.startMs() >= eventMs && b.startMs() < eventMs + WINDOW_MS;
	}

	@Test
	void gammaFiringBurstsMainlyAtTheEvents() {
		Shares gamma = shares(FiringParameters.defaults());
		Shares poisson = shares(FiringParameters.poisson());
		String text = "near events: gamma " + gamma + ", Poisson " + poisson;
		System.out.println(text);
		assertTrue(gamma.nearEvents() > 0.5, text);
		assertTrue(gamma.nearEvents() > poisson.nearEvents() + 0.15, text);
		assertTrue(gamma.spontaneousPerS() < 0.6 * poisson.spontaneousPerS(), text);
	}
}
