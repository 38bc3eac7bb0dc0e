package org.neurotd.calcium;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.neurotd.population.SpikeRaster;
import org.neurotd.random.Rng;
import org.neurotd.recording.Lesion;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.task.TrialEvents;

/**
 * The recording a movie shows, rebuilt from its metadata with the imaged population's spikes
 * replaced by spikes given per imaged cell (inferred from the movie, or the true ones): a
 * recording the decoder reads as it reads any other. Only the imaged trials are kept, so its
 * simulation holds that many trials (the first ones of the source session: the same events and
 * errors).
 * <p>
 * A field of view holds a sample of the population: {@code m} of its {@code R} recorded neurons
 * ({@code R} of {@code H} healthy ones when degraded). The imaged cells stand for their
 * population at its size: the rebuilt population has {@code m} neurons, healthy ones scaled to
 * {@code H' = round(H m / R)} (the simulation's size too, so the critic's healthy reference is a
 * population of that size), so the share of survivors, the compensation it sets and the error
 * per neuron are those of the whole; its survivors are numbered 0 to m - 1.
 */
public final class ImagedRecording {

	private ImagedRecording() {}

	/**
	 * The source recording of {@code movie} with the imaged population's spikes {@code spikes}.
	 *
	 * @param spikes per imaged cell, per imaged trial, the spike times in ms within the trial,
	 *          ascending
	 * @throws IllegalArgumentException if more cells are given than the population recorded
	 */
	public static Recording of(MovieMetadata movie, List<List<int[]>> spikes) {
		RecordingMetadata.Description d = RecordingMetadata.describe(movie.recording());
		SimulationParameters s = d.simulation();
		RecordingMetadata.PopulationDescription p = d.populations().stream()
			.filter(x -> x.name().equals(movie.population())).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("the recording has no " + movie.population() + " population"));
		int m = spikes.size(), rows = p.rows();
		if (m > rows || m == 0) {
			throw new IllegalArgumentException(m + " cells imaged but the " + p.name() + " population has " + rows
				+ " neurons recorded");
		}
		int healthy = (int) Math.max(m, Math.round((double) p.neurons() * m / rows));
		Optional<Lesion> lesion = p.lesion().map(l -> new Lesion(l.loss(), l.denervation(), l.compensation(), l.cap(),
			l.lossOrder(), l.seed(), healthy, IntStream.range(0, m).toArray()));
		SimulationParameters imaged = new SimulationParameters(healthy, movie.trials(), s.training(), s.learning(),
			s.task(), s.td(), s.representation(), s.learner(), s.neuron(), s.seed());
		TrialEvents events = new TrialEvents(d.events().trials().subList(0, movie.trials()));
		RecordedPopulation population = new RecordedPopulation(p.name(), p.neuron(), lesion,
			raster(spikes, movie.trials(), s.task().durationMs()));
		return new Recording(imaged, events, List.of(population));
	}

	/** Per-cell, per-trial spike times as a raster. */
	static SpikeRaster raster(List<List<int[]>> spikes, int trials, int durationMs) {
		int neurons = spikes.size();
		int[] offsets = new int[neurons * trials + 1];
		List<int[]> runs = new ArrayList<>();
		int total = 0;
		for (int k = 0; k < trials; k++) {
			for (int i = 0; i < neurons; i++) {
				offsets[k * neurons + i] = total;
				int[] run = spikes.get(i).get(k);
				runs.add(run);
				total += run.length;
			}
		}
		offsets[offsets.length - 1] = total;
		int[] times = new int[total];
		int at = 0;
		for (int[] run : runs) {
			System.arraycopy(run, 0, times, at, run.length);
			at += run.length;
		}
		return new SpikeRaster(neurons, trials, durationMs, offsets, times);
	}

	/**
	 * Inferred activity per frame as spike times: each frame's inferred spikes rounded to whole
	 * spikes with the rounding error carried to the next frame (so the count over any stretch is
	 * the inferred total, rounded), each placed at a uniformly drawn time within its frame (where
	 * in the frame it fell is unknown; one fixed time would pile every cell's spikes into the same
	 * millisecond), by trial.
	 *
	 * @param inferred per frame, in spikes
	 * @param rng the draws of this cell's spike times
	 */
	public static List<int[]> spikeTimes(double[] inferred, MovieMetadata movie, int durationMs, Rng rng) {
		List<List<Integer>> perTrial = new ArrayList<>();
		for (int k = 0; k < movie.trials(); k++) perTrial.add(new ArrayList<>());
		double carried = 0;
		for (int f = 0; f < inferred.length; f++) {
			carried += inferred[f];
			long count = Math.round(carried);
			carried -= count;
			for (long c = 0; c < count; c++) {
				double t = (f + rng.nextDouble()) * movie.frameMs();
				int trial = (int) Math.floor(t / movie.trialMs());
				int ms = (int) Math.floor(t - trial * movie.trialMs());
				if (trial < movie.trials() && ms < durationMs) perTrial.get(trial).add(ms);
			}
		}
		for (List<Integer> l : perTrial) l.sort(null);
		return toArrays(perTrial);
	}

	/** True spikes {trial, time in trial, ...} as spike times by trial. */
	public static List<int[]> trueTimes(List<double[]> spikes, MovieMetadata movie, int durationMs) {
		List<List<Integer>> perTrial = new ArrayList<>();
		for (int k = 0; k < movie.trials(); k++) perTrial.add(new ArrayList<>());
		for (double[] s : spikes) {
			int trial = (int) s[0], ms = (int) Math.floor(s[1]);
			if (trial < movie.trials() && ms < durationMs) perTrial.get(trial).add(ms);
		}
		for (List<Integer> l : perTrial) l.sort(null);
		return toArrays(perTrial);
	}

	private static List<int[]> toArrays(List<List<Integer>> perTrial) {
		return perTrial.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toList();
	}
}
