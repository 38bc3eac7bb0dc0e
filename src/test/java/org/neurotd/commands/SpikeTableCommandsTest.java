package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * With {@code spikes=true} the commands that write a recording write its spikes as a table too:
 * as many rows per trial as the recording image holds spikes, population by population; without
 * it, no table.
 */
class SpikeTableCommandsTest {

	@Test
	void simulateAndDegradeWriteTheirRecordingsSpikes(@TempDir Path dir) throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			HeadlessRun.completed(commands, SimulatePopulation.class, "neurons", 30, "trials", 3, "spikes", true,
				"output", dir.resolve("sim").toFile());
			HeadlessRun.completed(commands, DegradePopulation.class, "recording", dir.resolve("sim/raster.tif").toString(),
				"loss", 0.5, "spikes", true, "output", dir.resolve("pd").toFile());
			HeadlessRun.completed(commands, SimulatePopulation.class, "neurons", 30, "trials", 3, "output",
				dir.resolve("plain").toFile());
			expectSpikesOf(dir.resolve("sim/raster.tif"), dir.resolve("sim/spikes.csv"));
			expectSpikesOf(dir.resolve("pd/degraded.tif"), dir.resolve("pd/spikes.csv"));
			assertFalse(Files.exists(dir.resolve("plain/spikes.csv")));
			assertTrue(Files.readString(dir.resolve("sim/run.properties")).contains("spikes = true"));
		}
	}

	@Test
	void opponentWritesBothPopulations(@TempDir Path dir) throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			HeadlessRun.completed(commands, OpponentCommand.class, "dopamine", 20, "serotonin", 10, "spikes", true,
				"output", dir.toFile());
			Map<String, Long> perPopulation = new TreeMap<>();
			for (String row : rows(dir.resolve("spikes.csv"))) perPopulation.merge(row.split(",")[0], 1L, Long::sum);
			assertEquals(List.of("dopamine", "serotonin"), List.copyOf(perPopulation.keySet()));
		}
	}

	/** The table's rows are the recording's spikes: trial, healthy index and ms bin, in order. */
	private static void expectSpikesOf(Path tif, Path csv) throws Exception {
		RecordedPopulation dopamine = RecordingImages.open(tif).dopamine();
		var raster = dopamine.raster();
		int[] neuron = dopamine.neuronIndices();
		List<String> rows = rows(csv);
		assertEquals(raster.spikeCount(), rows.size());
		int row = 0;
		for (int k = 0; k < raster.trials(); k++) {
			for (int i = 0; i < raster.neurons(); i++) {
				for (int s = raster.from(k, i); s < raster.to(k, i); s++) {
					assertEquals(Recording.DOPAMINE + "," + k + "," + neuron[i] + "," + raster.time(s), rows.get(row++));
				}
			}
		}
	}

	private static List<String> rows(Path csv) throws Exception {
		List<String> lines = Files.readAllLines(csv);
		assertEquals("population,trial,neuron,time_ms", lines.get(0));
		return lines.subList(1, lines.size());
	}
}
