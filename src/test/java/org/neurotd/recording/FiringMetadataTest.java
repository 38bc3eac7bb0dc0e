package org.neurotd.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.population.Firing;
import org.neurotd.population.FiringParameters;
import org.neurotd.population.SpikeRaster;
import org.neurotd.task.PavlovianTask;
import org.neurotd.task.TrialEvents;

/** The firing model travels in a recording's metadata; recordings made before it read as Poisson. */
class FiringMetadataTest {

	private static String metadata(FiringParameters firing) {
		SimulationParameters d = SimulationParameters.defaults();
		SimulationParameters p = new SimulationParameters(3, 2, 0, true, d.task(), d.td(), d.representation(),
			d.neuron().withFiring(firing), 5);
		SpikeRaster empty = new SpikeRaster(3, 2, d.task().durationMs(), new int[7], new int[0]);
		var events = new TrialEvents(java.util.List.of(new PavlovianTask(p.task()).event(true),
			new PavlovianTask(p.task()).event(false)));
		var dopamine = new RecordedPopulation(Recording.DOPAMINE, p.neuron(), Optional.empty(), empty);
		return RecordingMetadata.write(new Recording(p, events, java.util.List.of(dopamine)));
	}

	@Test
	void firingKeysRoundTrip() {
		FiringParameters f = new FiringParameters(Firing.GAMMA, 17.5, 12.25);
		String text = metadata(f);
		assertTrue(text.contains("\ndopamine.firing = gamma\ndopamine.regularity = 17.5\ndopamine.jitter = 12.25\n"), text);
		assertEquals(f, RecordingMetadata.describe(text).simulation().neuron().firing());
	}

	@Test
	void metadataWithoutFiringKeysIsPoissonWithoutJitter() {
		String text = metadata(FiringParameters.defaults()).replaceAll("dopamine\\.(firing|regularity|jitter) = .*\n", "");
		assertEquals(FiringParameters.poisson(), RecordingMetadata.describe(text).simulation().neuron().firing());
	}

	@Test
	void badFiringValuesAreCorruptedMetadata() {
		String text = metadata(FiringParameters.defaults());
		for (String bad : new String[] { "firing = renewal", "regularity = 0.5", "jitter = -1" }) {
			String key = bad.substring(0, bad.indexOf(' '));
			String edited = text.replaceAll(key + " = .*\n", bad + "\n");
			InvalidParameterException e = assertThrows(InvalidParameterException.class,
				() -> RecordingMetadata.describe(edited));
			assertEquals("recording", e.parameter());
			assertTrue(e.getMessage().contains(key), e.getMessage());
		}
	}
}
