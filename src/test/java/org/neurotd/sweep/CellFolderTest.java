package org.neurotd.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.release.ReleaseParameters;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.parkinson.LossOrder;
import org.neurotd.population.NeuronParameters;
import org.neurotd.progress.Progress;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;

/** A sweep resumed from its finished (seed, loss) cells redoes none of them and gives the same numbers. */
class CellFolderTest {

	@TempDir
	Path dir;

	static final SimulationParameters SMALL = new SimulationParameters(30, 3, 40, true,
		new TaskParameters(1000, 200, 600, 10, 0.8, 1), TdParameters.defaults(), Representation.CSC,
		NeuronParameters.defaults(), 5);
	static final double[] LOSSES = { 0, 0.5, 0.9 };
	static final DegradationParameters LESION = new DegradationParameters(0, 0, true, 4, LossOrder.RANDOM, 5);
	static final ReadoutParameters READOUT = new ReadoutParameters(ReadoutParameters.defaults().readout(), 0.15, 30, 0.1, 0.1,
		ReleaseParameters.defaults());

	/** Counts the cells computed. */
	static final class Counting implements CellStore {
		final CellStore inner;
		final List<String> computed = new ArrayList<>();

		Counting(CellStore inner) {
			this.inner = inner;
		}

		@Override
		public Optional<FlatteningMetrics> get(long seed, double loss) {
			return inner.get(seed, loss);
		}

		@Override
		public void put(long seed, double loss, FlatteningMetrics m) {
			computed.add(seed + "/" + loss);
			inner.put(seed, loss, m);
		}
	}

	@Test
	void resumedCellsAreNotRedoneAndGiveTheSameResult() throws Exception {
		SweepResult whole = LossSweep.run(SMALL, 2, LOSSES, LESION, READOUT, 1, Progress.NONE);
		Map<String, String> parameters = Map.of("neurons", "30");
		CellFolder cells = CellFolder.resume(dir, parameters);
		// an interrupted run finished seed 5 and one cell of seed 6
		for (int i = 0; i < LOSSES.length; i++) cells.put(5, LOSSES[i], whole.rowsPerSeed().get(0).get(i));
		cells.put(6, 0.5, whole.rowsPerSeed().get(1).get(1));
		Files.writeString(dir.resolve(CellFolder.NAME).resolve(".seed-6_loss-0.9.cell.part"), "torn"); // killed mid-write
		Counting counting = new Counting(CellFolder.resume(dir, parameters));
		SweepResult resumed = LossSweep.run(SMALL, 2, LOSSES, LESION, READOUT, 2, counting, Progress.NONE);
		assertEquals(List.of("6/0.0", "6/0.9"), counting.computed);
		assertEquals(whole.rowsPerSeed(), resumed.rowsPerSeed());
		assertEquals(null, resumed.firstHealthy(), "seed 5 was not simulated again");
		assertEquals(6, CellFolder.cells(dir));
		CellFolder.delete(dir);
		assertTrue(!CellFolder.exists(dir));
	}

	@Test
	void cellsOfOtherParametersOrCorruptedCellsAreRefusedNamingResume() throws Exception {
		CellFolder cells = CellFolder.resume(dir, Map.of("neurons", "30", "seed", "5"));
		var other = assertThrows(InvalidParameterException.class,
			() -> CellFolder.resume(dir, Map.of("neurons", "40", "seed", "5")));
		assertTrue(other.getMessage().startsWith("resume: ") && other.getMessage().contains("neurons=30, not neurons=40"),
			other.getMessage());
		Files.writeString(dir.resolve(CellFolder.NAME).resolve("seed-5_loss-0.5.cell"), "loss = half\n");
		var torn = assertThrows(InvalidParameterException.class, () -> cells.get(5, 0.5));
		assertEquals("resume", torn.parameter());
	}
}
