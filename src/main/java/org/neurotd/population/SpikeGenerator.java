package org.neurotd.population;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.MemoryBudget;
import org.neurotd.progress.Progress;
import org.neurotd.random.QuantileTable;
import org.neurotd.random.Rng;

/**
 * Spikes of a renewal firing model (Poisson or gamma) with an absolute refractory period, by
 * time rescaling: each neuron's integrated rate is a weighted sum of the trial's shared
 * integrals, so its events are where the integrated rate reaches running sums of the model's
 * intervals, and events inside the refractory period of the last spike are dropped. The cost grows with the number of spikes (and
 * of constant segments), not with neurons x bins.
 * <p>
 * Work is split into blocks of neurons; each (trial, neuron) has its own random stream, so the
 * result is the same bit for bit at any thread count.
 */
public final class SpikeGenerator {

	private static final int BLOCK = 512;
	/** Standard deviations of spare room per block: Poisson counts exceed it about once in 10^9. */
	private static final double RESERVE_SIGMAS = 6;
	/** Largest spike count of one recording (spike times are held in one int array). */

	private SpikeGenerator() {}

	/**
	 * Spikes of {@code population} for one response course per trial.
	 * <p>
	 * Each block of neurons writes straight into its own reserved region of the one spike array
	 * (its Poisson expectation plus six standard deviations), and the regions are then closed up
	 * in place: the spikes are held once, with a few percent of slack, never copied to a second
	 * array of the same size. A block that outgrows its region keeps its spikes apart instead.
	 *
	 * @param threads worker threads (the result does not depend on it)
	 */
	public static SpikeRaster generate(Population population, List<ResponseCourse> courses, Rng rng,
		int threads, Progress progress)
	{
		return generate(population, courses, rng, threads, progress, RESERVE_SIGMAS);
	}

	/** As above, reserving {@code sigmas} standard deviations per block (tests force overflows). */
	static SpikeRaster generate(Population population, List<ResponseCourse> courses, Rng rng, int threads,
		Progress progress, double sigmas)
	{
		int n = population.size();
		int trials = courses.size();
		int duration = courses.isEmpty() ? 0 : courses.get(0).durationMs();
		requireMemory(population, courses, MemoryBudget.available());
		int blocks = (n + BLOCK - 1) / BLOCK;
		long[] region = new long[trials * blocks + 1];
		for (int k = 0, task = 0; k < trials; k++) {
			for (int b = 0; b < blocks; b++, task++) {
				region[task + 1] = region[task]
					+ reserve(population, courses.get(k), b * BLOCK, Math.min(n, (b + 1) * BLOCK), sigmas);
			}
		}
		if (region[region.length - 1] > MemoryBudget.MAX_SPIKES) {
			throw new InvalidParameterException("neurons", n, "at most " + MemoryBudget.MAX_SPIKES
				+ " spikes in one recording: use fewer"
				+ " neurons or trials");
		}
		int[] times = new int[(int) region[region.length - 1]];
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			List<Future<Block>> futures = new ArrayList<>(trials * blocks);
			for (int k = 0, task = 0; k < trials; k++) {
				for (int b = 0; b < blocks; b++, task++) {
					int trial = k;
					int first = b * BLOCK;
					int last = Math.min(n, first + BLOCK);
					int from = (int) region[task], capacity = (int) (region[task + 1] - region[task]);
					futures.add(pool.submit(() -> block(population, courses.get(trial), rng, trial, first, last, times,
						from, capacity)));
				}
			}
			return assemble(futures, region, times, n, trials, duration, progress);
		}
		finally {
			pool.shutdownNow();
		}
	}

	/**
	 * Closes up the blocks' regions as each block finishes, while later blocks are still being
	 * generated. Every block moves left (none holds more than its region), so no move
	 * overwrites a block not yet moved. After a block that outgrew its region, the rest wait
	 * until all are done and everything goes to a new, exact array.
	 */
	private static SpikeRaster assemble(List<Future<Block>> futures, long[] region, int[] times, int n, int trials,
		int duration, Progress progress)
	{
		List<Block> done = new ArrayList<>(futures.size());
		int[] offsets = new int[n * trials + 1];
		long total = 0;
		int inPlace = 0; // blocks already moved into place
		try {
			for (int t = 0; t < futures.size(); t++) {
				progress.checkCancelled();
				Block b = futures.get(t).get();
				done.add(b);
				if (inPlace == t && b.apart == null) {
					System.arraycopy(times, (int) region[t], times, (int) total, b.size);
					inPlace++;
				}
				total += b.size;
				progress.report("spikes", t + 1, futures.size());
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new java.util.concurrent.CancellationException("interrupted");
		}
		catch (ExecutionException e) {
			throw new IllegalStateException("spike generation failed", e.getCause());
		}
		if (total > MemoryBudget.MAX_SPIKES) {
			throw new IllegalArgumentException("a recording holds at most " + MemoryBudget.MAX_SPIKES
				+ " spikes; this one would have " + total + ": use fewer neurons or trials");
		}
		int[] out = inPlace == done.size() ? times : java.util.Arrays.copyOf(times, (int) total);
		int pos = 0;
		int row = 0;
		for (int t = 0; t < done.size(); t++) {
			Block b = done.get(t);
			int at = pos;
			for (int count : b.counts) {
				offsets[row++] = pos;
				pos += count;
			}
			if (t < inPlace) continue;
			if (b.apart != null) System.arraycopy(b.apart, 0, out, at, b.size);
			else System.arraycopy(times, (int) region[t], out, at, b.size);
		}
		offsets[row] = pos;
		return new SpikeRaster(n, trials, duration, offsets, out);
	}

	/** Spike counts of a block's neurons; its spikes are in its region, or in {@code apart}. */
	private record Block(int[] counts, int size, int[] apart) {}

	/** The region a block reserves: its Poisson expectation plus {@code sigmas} standard deviations. */
	private static long reserve(Population pop, ResponseCourse course, int first, int last, double sigmas) {
		double expected = 0;
		for (int i = first; i < last; i++) {
			expected += integral(pop.baselineHz(i) / 1000, pop.gainHz(i) / 1000, course, course.segments());
		}
		return Math.max(0, (long) Math.ceil(expected + sigmas * Math.sqrt(expected) + 64));
	}

	/**
	 * Fails before generating if the spikes would not fit: 4 bytes for each expected spike (with
	 * the regions' slack), plus the per-(trial, neuron) offsets and counts.
	 *
	 * @throws InvalidParameterException naming {@code neurons}
	 */
	static void requireMemory(Population population, List<ResponseCourse> courses, long available) {
		double spikes = 0;
		for (ResponseCourse c : courses) {
			spikes += integral(population.totalBaselineHz() / 1000, population.totalGainHz() / 1000, c, c.segments());
		}
		long rows = (long) population.size() * courses.size();
		long bytes = (long) (spikes * 1.1 * 4) + rows * 8;
		if (spikes > MemoryBudget.MAX_SPIKES || bytes > available) {
			String what = population.size() + " neurons x " + courses.size() + " trials (about "
				+ String.format(java.util.Locale.ROOT, "%.3g", spikes) + " spikes)";
			if (spikes > MemoryBudget.MAX_SPIKES) {
				throw new InvalidParameterException("neurons", population.size(), "at most " + MemoryBudget.MAX_SPIKES
					+ " spikes in one recording; " + what + ": use fewer neurons or trials");
			}
			MemoryBudget.require("neurons", population.size(), bytes, available, what);
		}
	}

	private static Block block(Population pop, ResponseCourse course, Rng rng, int trial, int first, int last,
		int[] times, int from, int capacity)
	{
		int[] counts = new int[last - first];
		int duration = course.durationMs();
		int[] spikes = new int[duration]; // one neuron's, when its region may be too small: at most one per ms
		Scratch scratch = new Scratch(course);
		NeuronParameters p = pop.parameters();
		double refractoryMs = p.refractoryMs();
		FiringModel firing = p.firing().model();
		double jitterMs = p.firing().jitterMs();
		int[] apart = null;
		int size = 0;
		for (int i = first; i < last; i++) {
			Rng stream = rng.fork(trial, i);
			double shift = jitterMs > 0 ? latencyShift(jitterMs, p.latencyMs(), stream) : 0;
			int count;
			if (apart == null && size + duration <= capacity) {
				// Room left for a whole trial of spikes (at most one per ms): write in place.
				int at = from + size;
				count = neuron(pop.baselineHz(i), pop.gainHz(i), course, firing, shift, stream, refractoryMs, scratch, times, at) - at;
			}
			else {
				count = neuron(pop.baselineHz(i), pop.gainHz(i), course, firing, shift, stream, refractoryMs, scratch, spikes, 0);
				if (apart == null && size + count > capacity) apart = java.util.Arrays.copyOfRange(times, from, from + size);
				if (apart == null) System.arraycopy(spikes, 0, times, from + size, count);
				else {
					if (apart.length < size + count) apart = java.util.Arrays.copyOf(apart, Math.max(2 * apart.length, size + count));
					System.arraycopy(spikes, 0, apart, size, count);
				}
			}
			counts[i - first] = count;
			size += count;
		}
		return new Block(counts, size, apart);
	}

	/**
	 * One neuron's spikes in one trial of a course of absolute rates ({@link ResponseCourse#ofRates}),
	 * without latency jitter, written as ms bins into {@code out} from {@code pos}: the same time
	 * rescaling as a population's, for models that drive each neuron with a rate of their own.
	 *
	 * @param out room for at least one spike per ms of the trial from {@code pos}
	 * @return the position after the last spike written
	 */
	public static int spikes(ResponseCourse rates, FiringModel firing, double refractoryMs, Rng rng, int[] out, int pos) {
		return neuron(1, 0, rates, firing, 0, rng, refractoryMs, new Scratch(rates), out, pos);
	}

	/**
	 * A neuron's latency in one trial relative to the shared course: normal with SD
	 * {@code jitterMs}, cut where the response would precede its event.
	 */
	static double latencyShift(double jitterMs, int latencyMs, Rng rng) {
		return Math.max(-latencyMs, jitterMs * QuantileTable.normal().draw(rng));
	}

	/**
	 * A neuron's scratch space for one course: the integrated rates at the segment starts, a
	 * power of two long so that the search for a segment has a fixed number of halvings (the
	 * entries past the trial's end are infinite), and a batch of events in integrated rate.
	 */
	static final class Scratch {
		/** Events drawn before they are mapped to time. */
		static final int EVENTS = 64;
		final double[] integral;
		final double[] events = new double[EVENTS];

		Scratch(ResponseCourse c) {
			integral = new double[Integer.highestOneBit(c.segments()) << 1];
			java.util.Arrays.fill(integral, c.segments() + 1, integral.length, Double.POSITIVE_INFINITY);
		}
	}

	/**
	 * One neuron's spikes in one trial, written as ms bins into {@code out} from {@code pos}.
	 * <p>
	 * The neuron's events are where its integrated rate reaches the running sums of the firing
	 * model's intervals; each is mapped back to time within its constant segment. The neuron
	 * responds {@code shiftMs} later than the shared course (its latency jitter): its rate at
	 * time t is the course's at t - shift, the course's first and last rates extended past the
	 * trial's ends. An event less than the refractory period after the last kept spike is
	 * dropped; for a Poisson process that is the same as restarting the clock after each
	 * refractory period (its increments are independent), and it keeps the loop free of a chain
	 * through the previous spike's segment: each event's segment is found on its own, by a
	 * halving search of fixed length. The events are drawn a batch at a time and then mapped:
	 * with the draws out of the way, the processor overlaps the searches of several events.
	 *
	 * @param scratch scratch space for {@code c}
	 * @return the position after the last spike written
	 */
	static int neuron(double baselineHz, double gainHz, ResponseCourse c, FiringModel firing, double shiftMs, Rng rng,
		double refractoryMs, Scratch scratch, int[] out, int pos)
	{
		double[] integral = scratch.integral;
		// Rates per ms against integrals in ms: the integrated rate is the expected spike count.
		double baseline = baselineHz / 1000;
		double gain = gainHz / 1000;
		double[] tonic = c.tonic, burst = c.burst;
		int[] start = c.startMs;
		int segments = start.length;
		for (int j = 0; j <= segments; j++) integral[j] = integral(baseline, gain, c, j);
		int duration = c.durationMs();
		// The trial in the course's time: from -shift to duration - shift.
		double event = 0;
		double end = integral[segments];
		if (shiftMs != 0) {
			event = shifted(-shiftMs, baseline, gain, c, integral);
			end = shifted(duration - shiftMs, baseline, gain, c, integral);
			integral[segments] = Double.POSITIVE_INFINITY; // events past the course's end stay in its last segment
		}
		double refractoryEnd = 0;
		double[] events = scratch.events;
		event += firing.first(rng);
		while (event < end) {
			int drawn = 0;
			do {
				events[drawn++] = event;
				event += firing.interval(rng);
			} while (event < end && drawn < events.length);
			for (int e = 0; e < drawn; e++) {
				// The last segment starting at or below the event: zero-rate segments are passed over.
				int j = 0;
				for (int half = integral.length >>> 1; half > 0; half >>>= 1) {
					if (integral[j + half] <= events[e]) j += half;
				}
				double spike = start[j] + (events[e] - integral[j]) / (baseline * tonic[j] + gain * burst[j]) + shiftMs;
				if (Double.isNaN(spike)) throw new IllegalStateException("firing rate is not finite in segment " + j);
				if (spike >= refractoryEnd) {
					out[pos++] = Math.min(duration - 1, (int) spike);
					refractoryEnd = spike + refractoryMs;
				}
			}
		}
		return pos;
	}

	/**
	 * The integrated rate from course time 0 to {@code t}, which may lie outside the trial:
	 * before it at the first segment's rate, after it at the last one's. {@code t} lies a jitter
	 * away from the trial's start or end, so its segment is found by a walk from the nearer end.
	 */
	private static double shifted(double t, double baseline, double gain, ResponseCourse c, double[] integral) {
		int[] start = c.startMs;
		int j;
		if (t < c.durationMs() / 2.0) {
			j = 0;
			while (j + 1 < start.length && start[j + 1] <= t) j++;
		}
		else {
			j = start.length - 1;
			while (j > 0 && start[j] > t) j--;
		}
		return integral[j] + (baseline * c.tonic[j] + gain * c.burst[j]) * (t - start[j]);
	}

	private static double integral(double baseline, double gain, ResponseCourse c, int j) {
		return baseline * c.tonicIntegral[j] + gain * c.burstIntegral[j];
	}
}
