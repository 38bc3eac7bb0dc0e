package org.neurotd.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurotd.parkinson.Degradation;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.parkinson.LossOrder;
import org.neurotd.population.SpikeRaster;
import org.neurotd.progress.Progress;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;

/** spikes.csv holds every spike of the recording once, where the raster has it. */
class SpikeTableTest {

	private static List<String> rows(Recording r) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		SpikeTable.write(SpikeTable.of(r), out);
		return List.of(out.toString(StandardCharsets.US_ASCII).split("\n"));
	}

	@Test
	void oneRowPerSpikeWithHealthyNeuronIndices() throws Exception {
		SimulationParameters d = SimulationParameters.defaults();
		var p = new SimulationParameters(40, 3, 20, true, d.task(), d.td(), d.representation(), d.neuron(), 4);
		Recording healthy = Simulation.run(p, 1, Progress.NONE).recording();
		Recording degraded = Degradation.apply(healthy, new DegradationParameters(0.5, 0, true, 4, LossOrder.RANDOM, 4));
		for (Recording r : List.of(healthy, degraded)) {
			List<String> rows = rows(r);
			assertEquals("population,trial,neuron,time_ms", rows.get(0));
			RecordedPopulation dopamine = r.dopamine();
			SpikeRaster raster = dopamine.raster();
			assertEquals(raster.spikeCount(), rows.size() - 1);
			int[] neuron = dopamine.neuronIndices();
			int row = 1;
			for (int k = 0; k < raster.trials(); k++) {
				for (int i = 0; i < raster.neurons(); i++) {
					for (int s = raster.from(k, i); s < raster.to(k, i); s++) {
						assertEquals("dopamine," + k + "," + neuron[i] + "," + raster.time(s), rows.get(row++));
					}
				}
			}
		}
	}
}
