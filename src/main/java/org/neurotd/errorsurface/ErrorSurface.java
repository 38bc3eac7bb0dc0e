package org.neurotd.errorsurface;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.SpikeRaster;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.LearnerParameters;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;

/**
 * The prediction-error surface of Montague, Dayan &amp; Sejnowski (1996, Fig. 5): a TD learner with
 * a complete serial compound (their tapped delay line) learns a light -> reward pairing from the
 * first trial, the reward is withheld on some trials and, late, on every trial (extinction); each
 * session is recorded through a dopamine population. One session per trace decay lambda, with the
 * same neurons: how the error travels from the reward back to the light depends on lambda.
 */
public final class ErrorSurface {

	/** TD step, ms: the coarse time of the paper's model (gamma {@value #GAMMA} per step, about 0.998 per 10 ms). */
	public static final int STEP_MS = 50;
	/** Discount per step. */
	public static final double GAMMA = 0.99;
	/** Light onset and reward time, ms. */
	public static final int CUE_MS = 500, REWARD_MS = 1500, DURATION_MS = 2500;
	/** Where intermediate-time responses are read, ms: after the light's response, before the reward's. */
	public static final int INTERMEDIATE_FROM_MS = 800, INTERMEDIATE_TO_MS = 1550;

	/** The columns of surface.csv and bumps.csv. */
	public static final String SURFACE_COLUMNS = "lambda,trial,time_ms,rewarded,delta,dopamine_hz",
		BUMP_COLUMNS = "lambda,bump_hz,bump_sem_hz,bump_delta";

	private ErrorSurface() {}

	/** The trial timing. */
	public static TaskParameters timing() {
		return new TaskParameters(DURATION_MS, CUE_MS, REWARD_MS, STEP_MS, 1.0, 1.0);
	}

	/** The protocol's task. */
	public static WithholdingTask task(SurfaceParameters p) {
		Set<Integer> withheld = new HashSet<>();
		for (int t : p.withheld()) withheld.add(t);
		return new WithholdingTask(timing(), withheld, p.extinction());
	}

	/** The recorded session of {@code p} at trace decay {@code lambda}, through the simulation. */
	public static SimulationParameters simulation(SurfaceParameters p, double lambda) {
		return new SimulationParameters(p.neurons(), p.trials(), 0, true, timing(),
			new TdParameters(GAMMA, lambda, p.alpha()), Representation.CSC, LearnerParameters.defaults(),
			NeuronParameters.defaults(), p.seed());
	}

	/** Runs one session per lambda of {@code p}. */
	public static List<Surface> run(SurfaceParameters p, int threads, Progress progress) {
		WithholdingTask task = task(p);
		List<Surface> out = new ArrayList<>();
		for (double lambda : p.lambdas()) {
			progress.checkCancelled();
			progress.report("lambda " + lambda, out.size(), p.lambdas().length);
			SimulationParameters s = simulation(p, lambda);
			SpikeRaster raster = Simulation.run(s, task, threads, progress).recording().dopamine().raster();
			List<double[]> delta = Simulation.recordedErrors(s, task).delta();
			boolean[] rewarded = new boolean[p.trials()];
			for (int k = 0; k < rewarded.length; k++) rewarded[k] = task.rewarded(k + 1);
			out.add(new Surface(lambda, rewarded, delta.toArray(double[][]::new), responses(raster)));
		}
		return out;
	}

	/** Per trial and step, firing minus the trial's firing before the light, Hz per neuron. */
	static double[][] responses(SpikeRaster raster) {
		int steps = raster.durationMs() / STEP_MS;
		double[][] out = new double[raster.trials()][steps];
		int[] histogram = new int[raster.durationMs()];
		for (int k = 0; k < raster.trials(); k++) {
			raster.histogram(k, histogram);
			double baseline = 0;
			for (int t = 0; t < CUE_MS; t++) baseline += histogram[t];
			baseline /= CUE_MS / 1000.0;
			for (int s = 0; s < steps; s++) {
				double count = 0;
				for (int t = s * STEP_MS; t < (s + 1) * STEP_MS; t++) count += histogram[t];
				out[k][s] = (count / (STEP_MS / 1000.0) - baseline) / raster.neurons();
			}
		}
		return out;
	}

	/** The intermediate-time bump of a session, over its rewarded acquisition trials. */
	public static Bump bump(Surface s, int extinction) {
		int latency = NeuronParameters.defaults().latencyMs();
		SummaryStatistics hz = new SummaryStatistics(), delta = new SummaryStatistics();
		for (int k = 0; k < Math.min(s.trials(), extinction - 1); k++) {
			if (!s.rewarded()[k]) continue;
			double rate = 0, error = 0;
			int bins = 0;
			for (int step = 0; step < s.steps(); step++) {
				if (inside(step * STEP_MS)) {
					rate += s.dopamineHz()[k][step];
					bins++;
				}
				if (inside(step * STEP_MS + latency)) error += s.delta()[k][step];
			}
			hz.addValue(rate / bins);
			delta.addValue(error);
		}
		double sem = hz.getN() > 1 ? hz.getStandardDeviation() / Math.sqrt(hz.getN()) : Double.NaN;
		return new Bump(s.lambda(), hz.getMean(), sem, delta.getMean());
	}

	private static boolean inside(int ms) {
		return ms >= INTERMEDIATE_FROM_MS && ms < INTERMEDIATE_TO_MS;
	}

	/** surface.csv: one row per lambda, trial (from 1) and step (its start, ms). */
	public static String surfaceCsv(List<Surface> surfaces) {
		StringBuilder sb = new StringBuilder(SURFACE_COLUMNS).append('\n');
		for (Surface s : surfaces) {
			for (int k = 0; k < s.trials(); k++) {
				for (int step = 0; step < s.steps(); step++) {
					sb.append(s.lambda()).append(',').append(k + 1).append(',').append(step * STEP_MS).append(',')
						.append(s.rewarded()[k] ? 1 : 0).append(',').append(s.delta()[k][step]).append(',')
						.append(s.dopamineHz()[k][step]).append('\n');
				}
			}
		}
		return sb.toString();
	}

	/** bumps.csv: one row per lambda. */
	public static String bumpCsv(List<Bump> bumps) {
		StringBuilder sb = new StringBuilder(BUMP_COLUMNS).append('\n');
		for (Bump b : bumps) {
			sb.append(b.lambda()).append(',').append(b.bumpHz()).append(',').append(b.bumpSemHz()).append(',')
				.append(b.bumpDelta()).append('\n');
		}
		return sb.toString();
	}
}
