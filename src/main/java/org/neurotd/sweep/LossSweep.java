package org.neurotd.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neurotd.decode.CriticValues;
import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.decode.StriatalCritic;
import org.neurotd.decode.ValueDecoding;
import org.neurotd.parkinson.Degradation;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.params.Require;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;

/**
 * Parkinson's loss sweep: each healthy recording is degraded at every loss level and decoded,
 * giving the flattening curve. Seeds are independent healthy recordings (seed, seed + 1, ...).
 */
public final class LossSweep {

	/** Most seeds in one sweep. */
	public static final int MAX_SEEDS = 10_000;

	private LossSweep() {}

	/**
	 * Simulates a healthy recording for each of {@code seeds} seeds ({@code base.seed()},
	 * {@code base.seed() + 1}, ...) and sweeps each; the lesion of seed s uses seed s too.
	 */
	public static SweepResult run(SimulationParameters base, int seeds, double[] losses, DegradationParameters lesion,
		ReadoutParameters readout, int threads, Progress progress)
	{
		return run(base, seeds, losses, lesion, readout, threads, CellStore.NONE, progress, Shard.WHOLE);
	}

	/**
	 * The whole sweep, taking finished (seed, loss) cells from {@code cells} and keeping each new
	 * one there as soon as it is done.
	 */
	public static SweepResult run(SimulationParameters base, int seeds, double[] losses, DegradationParameters lesion,
		ReadoutParameters readout, int threads, CellStore cells, Progress progress)
	{
		return run(base, seeds, losses, lesion, readout, threads, cells, progress, Shard.WHOLE);
	}

	/**
	 * The cells of one shard of the sweep, taking finished (seed, loss) cells from {@code cells}
	 * and keeping each new one there as soon as it is done. A seed whose cells are all finished is
	 * not simulated again; the result is the same, bit for bit, however the cells were split
	 * between shards and runs.
	 *
	 * @return rows per seed the shard touches (the first and last may hold only some losses);
	 *         {@code firstSeed} is the seed of the shard's first cell
	 */
	public static SweepResult run(SimulationParameters base, int seeds, double[] losses, DegradationParameters lesion,
		ReadoutParameters readout, int threads, CellStore cells, Progress progress, Shard shard)
	{
		checkLosses(losses);
		Require.between("seeds", seeds, 1, MAX_SEEDS);
		int levels = losses.length;
		int from = shard.first(seeds * levels), to = shard.end(seeds * levels);
		List<List<FlatteningMetrics>> rows = new ArrayList<>();
		Recording first = null;
		for (int s = from / levels; s * levels < to; s++) {
			long seed = base.seed() + s;
			double[] part = Arrays.copyOfRange(losses, Math.max(from - s * levels, 0), Math.min(to - s * levels, levels));
			List<FlatteningMetrics> row = new ArrayList<>(part.length);
			for (double loss : part) row.add(cells.get(seed, loss).orElse(null));
			if (row.contains(null)) {
				SimulationParameters p = new SimulationParameters(base.neurons(), base.trials(), base.training(),
					base.learning(), base.task(), base.td(), base.representation(), base.neuron(), seed);
				Recording healthy = Simulation.run(p, threads, progress).recording();
				DegradationParameters l = new DegradationParameters(0, lesion.denervation(), lesion.compensation(),
					lesion.cap(), lesion.lossOrder(), seed);
				fill(row, healthy, part, l, readout, cells, progress);
				if (s == 0) first = healthy;
			}
			rows.add(row);
		}
		return new SweepResult(base.seed() + from / levels, rows, first);
	}

	/**
	 * One row per loss level for one healthy recording.
	 *
	 * @param lesion denervation, compensation, cap and seed of the degradation (its loss is replaced)
	 */
	public static List<FlatteningMetrics> sweep(Recording healthy, double[] losses, DegradationParameters lesion,
		ReadoutParameters readout, Progress progress)
	{
		checkLosses(losses);
		List<FlatteningMetrics> row = new ArrayList<>(losses.length);
		for (int i = 0; i < losses.length; i++) row.add(null);
		fill(row, healthy, losses, lesion, readout, CellStore.NONE, progress);
		return row;
	}

	/** Computes the cells of {@code row} still null, keeping each in {@code cells}. */
	private static void fill(List<FlatteningMetrics> row, Recording healthy, double[] losses,
		DegradationParameters lesion, ReadoutParameters readout, CellStore cells, Progress progress)
	{
		CriticValues reference = StriatalCritic.learnReference(healthy.simulation(), readout);
		for (int i = 0; i < losses.length; i++) {
			progress.checkCancelled();
			progress.report("loss sweep", i, losses.length);
			if (row.get(i) != null) continue;
			DegradationParameters at = new DegradationParameters(losses[i], lesion.denervation(),
				lesion.compensation(), lesion.cap(), lesion.lossOrder(), lesion.seed());
			FlatteningMetrics m = ValueDecoding.of(Degradation.apply(healthy, at), readout, reference).metrics();
			cells.put(lesion.seed(), losses[i], m);
			row.set(i, m);
		}
		progress.report("loss sweep", losses.length, losses.length);
	}

	/** Checks a list of loss levels: at least one, each in [0, 1]. */
	public static void checkLosses(double[] losses) {
		Require.that(losses.length > 0, "losses", "(empty)", "a comma-separated list of fractions in [0, 1]");
		for (double loss : losses) Require.fraction("losses", loss);
	}

	/** Means over seeds, per loss level: rows are [seed][loss]. */
	public static List<FlatteningMetrics> mean(List<List<FlatteningMetrics>> rowsPerSeed) {
		int levels = rowsPerSeed.get(0).size();
		List<FlatteningMetrics> means = new ArrayList<>(levels);
		for (int i = 0; i < levels; i++) {
			double contrast = 0, dprime = 0, ramp = 0, stay = 0, survivors = 0;
			for (List<FlatteningMetrics> seed : rowsPerSeed) {
				FlatteningMetrics m = seed.get(i);
				contrast += m.valueContrast();
				dprime += m.dprime();
				ramp += m.rampSlopePerS();
				stay += m.stayFraction();
				survivors += m.survivors();
			}
			int n = rowsPerSeed.size();
			means.add(new FlatteningMetrics(rowsPerSeed.get(0).get(i).loss(), (int) Math.round(survivors / n),
				contrast / n, dprime / n, ramp / n, stay / n));
		}
		return means;
	}
}
