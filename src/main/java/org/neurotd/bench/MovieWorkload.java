package org.neurotd.bench;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import org.neurotd.imaging.CalciumMovie;
import org.neurotd.imaging.ImagingKeys;
import org.neurotd.imaging.ImagingParameters;
import org.neurotd.imaging.PhotonCounts;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.population.SpikeRaster;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;
import org.neurotd.recording.Simulation;

/**
 * One movie size for the calcium-imaging benchmark: a {@code width x height} field (1 um pixels,
 * the imaging defaults otherwise) of a 100-neuron bench population over enough 2 s trials for
 * {@code frames} frames at 30 Hz. Synthesis is timed against its floor, the Poisson photon draw each
 * pixel of each frame needs: the same number of draws, at the first frame's expected photons, on the
 * same threads.
 *
 * @param width field width (pixels)
 * @param height field height (pixels)
 * @param frames frames asked for (whole trials are imaged, so a few more may be made)
 */
public record MovieWorkload(int width, int height, int frames) {

	/** Neurons of the population imaged. */
	static final int NEURONS = 100;

	/** Name as in movies.csv, e.g. {@code 256x256x1800}. */
	public String name() {
		return width + "x" + height + "x" + frames;
	}

	/**
	 * What one timing of this size measured.
	 *
	 * @param frames frames made
	 * @param cells cells in the field
	 * @param setupS placing the cells and computing their traces (s)
	 * @param synthesisS making every frame's pixels (s, wall)
	 * @param drawS the same number of bare Poisson draws (s, wall)
	 * @param synthesisCpuS CPU time of the process while making the frames (s, all threads)
	 * @param drawCpuS CPU time of the process during the bare draws (s, all threads)
	 * @param heldBytes what the movie holds while it is made: traces, drift, neuropil and a batch of frames
	 */
	public record Timing(int frames, int cells, double setupS, double synthesisS, double drawS, double synthesisCpuS,
		double drawCpuS, long heldBytes)
	{

		/** Wall time per pixel and frame (ns). */
		public double nsPerPixelFrame(MovieWorkload w) {
			return synthesisS * 1e9 / ((double) w.width * w.height * frames);
		}

		/** Wall time per bare draw (ns). */
		public double drawNs(MovieWorkload w) {
			return drawS * 1e9 / ((double) w.width * w.height * frames);
		}

		/** CPU time per pixel and frame (ns): on a loaded machine, steadier than the wall time. */
		public double cpuNsPerPixelFrame(MovieWorkload w) {
			return synthesisCpuS * 1e9 / ((double) w.width * w.height * frames);
		}

		/** CPU time per bare draw (ns). */
		public double drawCpuNs(MovieWorkload w) {
			return drawCpuS * 1e9 / ((double) w.width * w.height * frames);
		}
	}

	/** Times making the movie on {@code threads} threads: warm-ups first, then the median of {@code repeats}. */
	public Timing measure(int threads, int warmups, int repeats) {
		int trials = (int) Math.ceil(frames / 30.0 * 1000 / Workload.DURATION_MS);
		SpikeRaster raster = Simulation.run(new Workload(NEURONS, trials).simulation(1), threads, Progress.NONE).recording()
			.dopamine().raster();
		ImagingParameters p = ImagingKeys.BLOCK.read(ImagingKeys.BLOCK.write(ImagingParameters.defaults())
			.with(ImagingKeys.FOV_WIDTH, width).with(ImagingKeys.FOV_HEIGHT, height));
		ForkJoinPool pool = new ForkJoinPool(threads);
		try {
			double[][] s = new double[5][repeats];
			CalciumMovie movie = null;
			for (int r = -warmups; r < repeats; r++) {
				long t0 = System.nanoTime();
				movie = CalciumMovie.of(raster, p);
				long t1 = System.nanoTime(), c1 = cpuNanos();
				synthesise(movie, threads, pool);
				long t2 = System.nanoTime(), c2 = cpuNanos();
				draw(movie, pool);
				long t3 = System.nanoTime(), c3 = cpuNanos();
				if (r >= 0) {
					s[0][r] = (t1 - t0) / 1e9;
					s[1][r] = (t2 - t1) / 1e9;
					s[2][r] = (t3 - t2) / 1e9;
					s[3][r] = (c2 - c1) / 1e9;
					s[4][r] = (c3 - c2) / 1e9;
				}
			}
			long batch = 4L * threads * width * height * Short.BYTES;
			return new Timing(movie.frames(), movie.cells().size(), Benchmark.median(s[0]), Benchmark.median(s[1]),
				Benchmark.median(s[2]), Benchmark.median(s[3]), Benchmark.median(s[4]), movie.bytesHeld() + batch);
		}
		finally {
			pool.shutdown();
		}
	}

	/** CPU time of this process so far (ns), or -1 where the JVM does not say. */
	private static long cpuNanos() {
		return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
			? os.getProcessCpuTime() : -1;
	}

	/** Every frame, in batches as the movie's virtual stack makes them when it is written. */
	private static void synthesise(CalciumMovie movie, int threads, ForkJoinPool pool) {
		int batch = 4 * threads;
		long sink = 0;
		for (int f = 0; f < movie.frames(); f += batch) {
			short[][] planes = movie.planes(f, Math.min(batch, movie.frames() - f), threads > 1 ? pool : null);
			sink += planes[0][0];
		}
		if (sink == Long.MIN_VALUE) throw new AssertionError(); // keeps the frames from being optimised away
	}

	/** One Poisson draw per pixel per frame, at frame 0's expected photons, split by frame over the pool. */
	private static void draw(CalciumMovie movie, ForkJoinPool pool) {
		double[] means = movie.expectedPhotons(0);
		Rng rng = new Rng(7);
		long total = pool.submit(() -> IntStream.range(0, movie.frames()).parallel().mapToLong(f -> {
			Rng r = rng.fork(f);
			long sum = 0;
			for (double m : means) sum += PhotonCounts.draw(m, r);
			return sum;
		}).sum()).join();
		if (total < 0) throw new AssertionError();
	}

	/** Parses {@code 256x256x1800,512x512x600}; the error names {@code movies}. */
	public static MovieWorkload[] parse(String text) {
		if (text.isBlank()) return new MovieWorkload[0];
		String[] parts = text.split(",");
		MovieWorkload[] out = new MovieWorkload[parts.length];
		for (int i = 0; i < parts.length; i++) {
			String[] whf = parts[i].trim().toLowerCase(Locale.ROOT).split("x");
			try {
				if (whf.length != 3) throw new NumberFormatException();
				out[i] = new MovieWorkload(Integer.parseInt(whf[0]), Integer.parseInt(whf[1]), Integer.parseInt(whf[2]));
				if (out[i].frames < 1) throw new NumberFormatException();
				ImagingKeys.FOV_WIDTH.require(out[i].width);
				ImagingKeys.FOV_HEIGHT.require(out[i].height);
			}
			catch (NumberFormatException | InvalidParameterException e) {
				throw new InvalidParameterException("movies", text, "comma-separated WIDTHxHEIGHTxFRAMES, e.g. 256x256x1800"
					+ " (sides from 16 to " + ImagingKeys.MAX_SIDE_PX + " pixels)");
			}
		}
		return out;
	}
}
