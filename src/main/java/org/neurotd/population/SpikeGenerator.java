package org.neurotd.population;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;

/**
 * Inhomogeneous Poisson spikes with an absolute refractory period, by time rescaling: each
 * neuron's integrated rate is a weighted sum of the trial's shared integrals, so the next spike
 * is found by searching the segments for where it reaches the previous one plus an exponential
 * draw. The cost grows with the number of spikes (times a logarithm), not with neurons x bins.
 * <p>
 * Work is split into blocks of neurons; each (trial, neuron) has its own random stream, so the
 * result is the same bit for bit at any thread count.
 */
public final class SpikeGenerator {

	private static final int BLOCK = 512;

	private SpikeGenerator() {}

	/**
	 * Spikes of {@code population} for one response course per trial.
	 *
	 * @param threads worker threads (the result does not depend on it)
	 */
	public static SpikeRaster generate(Population population, List<ResponseCourse> courses, Rng rng,
		int threads, Progress progress)
	{
		int n = population.size();
		int trials = courses.size();
		int duration = courses.isEmpty() ? 0 : courses.get(0).durationMs();
		int blocks = (n + BLOCK - 1) / BLOCK;
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			List<Future<Block>> futures = new ArrayList<>(trials * blocks);
			for (int k = 0; k < trials; k++) {
				for (int b = 0; b < blocks; b++) {
					int trial = k;
					int first = b * BLOCK;
					int last = Math.min(n, first + BLOCK);
					futures.add(pool.submit(() -> block(population, courses.get(trial), rng, trial, first, last)));
				}
			}
			return assemble(futures, n, trials, duration, progress);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private static SpikeRaster assemble(List<Future<Block>> futures, int n, int trials, int duration,
		Progress progress)
	{
		List<Block> done = new ArrayList<>(futures.size());
		long total = 0;
		try {
			for (int i = 0; i < futures.size(); i++) {
				progress.checkCancelled();
				Block b = futures.get(i).get();
				total += b.size;
				done.add(b);
				progress.report("spikes", i + 1, futures.size());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.util.concurrent.CancellationException("interrupted");
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("spike generation failed", e.getCause());
		}
		if (total > Integer.MAX_VALUE - 8) {
			throw new IllegalArgumentException("a recording holds at most " + (Integer.MAX_VALUE - 8)
				+ " spikes; this one would have " + total + ": use fewer neurons or trials");
		}
		int[] offsets = new int[n * trials + 1];
		int[] times = new int[(int) total];
		int pos = 0;
		int row = 0;
		for (Block b : done) {
			for (int i = 0; i < b.counts.length; i++) {
				offsets[row++] = pos;
				pos += b.counts[i];
			}
			System.arraycopy(b.times, 0, times, offsets[row - b.counts.length], b.size);
		}
		offsets[row] = pos;
		return new SpikeRaster(n, trials, duration, offsets, times);
	}

	private record Block(int[] counts, int[] times, int size) {}

	private static Block block(Population pop, ResponseCourse course, Rng rng, int trial, int first, int last) {
		int[] counts = new int[last - first];
		int[] times = new int[expectedSpikes(pop, course, first, last) + course.durationMs()];
		int size = 0;
		for (int i = first; i < last; i++) {
			if (times.length - size < course.durationMs()) {
				times = java.util.Arrays.copyOf(times, Math.max(times.length * 2, size + course.durationMs()));
			}
			int end = neuron(pop.baselineHz(i), pop.gainHz(i), course, rng.fork(trial, i),
				pop.parameters().refractoryMs(), times, size);
			counts[i - first] = end - size;
			size = end;
		}
		return new Block(counts, times, size);
	}

	/** Poisson expectation of a block's spikes (refractoriness only lowers it), plus a margin. */
	private static int expectedSpikes(Population pop, ResponseCourse course, int first, int last) {
		double sum = 0;
		for (int i = first; i < last; i++) sum += integral(pop.baselineHz(i), pop.gainHz(i), course, course.segments());
		return (int) Math.min(Integer.MAX_VALUE / 2, sum * 1.1 + 16);
	}

	/**
	 * One neuron's spikes in one trial, written as ms bins into {@code out} from {@code pos}.
	 *
	 * @return the position after the last spike written
	 */
	static int neuron(double baseline, double gain, ResponseCourse c, Rng rng, double refractoryMs,
		int[] out, int pos)
	{
		int segments = c.segments();
		int lastBin = c.durationMs() - 1;
		int j = 0;
		double t = 0;
		double at = 0; // integrated rate at t
		while (true) {
			double target = at + rng.nextExponential();
			j = segmentReaching(baseline, gain, c, j, guess(baseline, gain, c, j, t, at, target), target);
			if (j >= segments) return pos;
			double rate = baseline * c.tonic(j) + gain * c.burst(j);
			double base = integral(baseline, gain, c, j);
			double spike = c.start(j) + 1000.0 * (target - base) / rate;
			if (!(spike >= c.start(j))) throw new IllegalStateException("firing rate is not finite: " + rate);
			out[pos++] = Math.min(lastBin, (int) spike);
			t = spike + refractoryMs;
			while (j < segments && c.end(j) <= t) j++;
			if (j >= segments) return pos;
			rate = baseline * c.tonic(j) + gain * c.burst(j);
			at = integral(baseline, gain, c, j) + rate * (t - c.start(j)) / 1000.0;
		}
	}

	private static double integral(double baseline, double gain, ResponseCourse c, int j) {
		return baseline * c.tonicIntegral(j) + gain * c.burstIntegral(j);
	}

	/**
	 * Where the spike would fall if the rate at {@code t} held on: the segment of that
	 * millisecond, which is the right one whenever the rate does not change before the spike.
	 */
	private static int guess(double baseline, double gain, ResponseCourse c, int j, double t, double at, double target) {
		double rate = baseline * c.tonic(j) + gain * c.burst(j);
		double ms = Math.max(t, c.start(j)) + 1000.0 * (target - at) / rate;
		return ms < c.durationMs() ? Math.max(j, c.segmentAt((int) ms)) : c.segments() - 1;
	}

	/**
	 * The segment, at or after {@code from}, in which the integrated rate reaches {@code target};
	 * {@code segments()} if it is never reached in the trial. The search starts at {@code guess}:
	 * from there it gallops up, or bisects back down towards {@code from}.
	 */
	private static int segmentReaching(double baseline, double gain, ResponseCourse c, int from, int guess,
		double target)
	{
		int segments = c.segments();
		int lo, hi;
		if (integral(baseline, gain, c, guess) <= target) {
			// Largest j with integral(j) <= target: gallop up from the guess.
			lo = guess;
			int step = 1;
			hi = guess + 1;
			while (hi <= segments && integral(baseline, gain, c, hi) <= target) {
				lo = hi;
				hi = guess + (step <<= 1);
			}
			if (hi > segments) {
				if (integral(baseline, gain, c, segments) <= target) return segments;
				hi = segments;
			}
		}
		else {
			lo = from; // integral(from) <= target always: the search never moves back in time
			hi = guess;
		}
		while (hi - lo > 1) {
			int mid = (lo + hi) >>> 1;
			if (integral(baseline, gain, c, mid) <= target) lo = mid;
			else hi = mid;
		}
		return lo;
	}
}
