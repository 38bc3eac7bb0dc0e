package org.neurotd.bench;

import java.util.Arrays;

import org.neurotd.decode.ErrorObserver;
import org.neurotd.parkinson.Degradation;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.parkinson.LossOrder;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation;

/**
 * Times the three stages the peers time, on the same workloads: generating a trained
 * population's spikes, degrading it (half the neurons lost) and decoding the error from the
 * spikes. Each workload is warmed up, then repeated; each stage's median is reported.
 */
public final class Benchmark {

	/** Loss of the timed degradation. */
	public static final double LOSS = 0.5;

	private Benchmark() {}

	/**
	 * @param warmups untimed runs first (JIT compilation)
	 * @param repeats timed runs; medians are reported
	 */
	public static Measurement measure(Workload w, int threads, int warmups, int repeats, long seed) {
		double[][] times = new double[3][repeats];
		Recording recording = null;
		for (int r = -warmups; r < repeats; r++) {
			long t0 = System.nanoTime();
			recording = Simulation.run(w.simulation(seed), threads, Progress.NONE).recording();
			long t1 = System.nanoTime();
			Degradation.apply(recording, new DegradationParameters(LOSS, 0, true, 4, LossOrder.RANDOM, seed));
			long t2 = System.nanoTime();
			ErrorObserver.observe(recording);
			long t3 = System.nanoTime();
			if (r >= 0) {
				times[0][r] = (t1 - t0) / 1e9;
				times[1][r] = (t2 - t1) / 1e9;
				times[2][r] = (t3 - t2) / 1e9;
			}
		}
		return new Measurement(w, recording.dopamine().raster().spikeCount(), median(times[0]), median(times[1]),
			median(times[2]), recording.dopamine().raster().bytesPerSpike());
	}

	/** The median (mean of the middle two for an even count). */
	public static double median(double[] values) {
		double[] v = values.clone();
		Arrays.sort(v);
		int n = v.length;
		return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
	}
}
