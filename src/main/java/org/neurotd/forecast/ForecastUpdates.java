package org.neurotd.forecast;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurotd.population.NeuronParameters;
import org.neurotd.population.Population;
import org.neurotd.population.ResponseCourse;
import org.neurotd.population.SpikeGenerator;
import org.neurotd.population.SpikeRaster;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Episode;
import org.neurotd.td.ErrorChannel;
import org.neurotd.td.Representation;
import org.neurotd.td.TdLearner;
import org.neurotd.td.TdParameters;

/**
 * Forecast updates (science notes, section 1): a first cue forecasts the small reward; in some
 * trials a second cue, long before the outcome, raises the forecast to the large reward. A TD
 * learner (complete serial compound, one feature block per cue) is trained on the mixture; then
 * the steady, raised and surprise sequences are run without learning and drive one dopamine
 * population, whose firing is read back from its spikes. Nothing here places the error at the
 * update: where it falls is what the learner learned.
 */
public final class ForecastUpdates {

	/** TD step, ms. */
	public static final int STEP_MS = 10;
	/** First cue (the forecast), ms. */
	public static final int CUE_MS = 500;
	/** Second cue (the update), ms. */
	public static final int UPDATE_MS = 1500;
	/** The outcome, ms. */
	public static final int OUTCOME_MS = 3000;
	/** Trial length, ms. */
	public static final int DURATION_MS = 4000;
	/** The columns of forecast.csv. */
	public static final String COLUMNS = "time_ms,sequence,value,delta,dopamine_hz";

	private static final int FORECAST = 0, UPDATE = 1;
	private static final long POPULATION_STREAM = 1, SPIKES_STREAM = 2, TRAINING_STREAM = 3;

	private ForecastUpdates() {}

	/** Trains, then records every probe sequence, in {@link Sequence} order. */
	public static List<ForecastCourse> run(ForecastParameters p, int threads, Progress progress) {
		Rng rng = new Rng(p.seed());
		TaskParameters timing = new TaskParameters(DURATION_MS, CUE_MS, OUTCOME_MS, STEP_MS, p.largeReward(), 1.0);
		TdLearner learner = new TdLearner(timing, Representation.CSC, TdParameters.defaults(), 2);
		Rng training = rng.fork(TRAINING_STREAM);
		for (int k = 0; k < p.training(); k++) {
			if (k % 256 == 0) progress.checkCancelled();
			boolean raised = training.fork(k).nextDouble() < p.raiseChance();
			learner.episode(episode(raised ? Sequence.RAISED : Sequence.STEADY, p), ErrorChannel.IDENTITY, true);
		}
		progress.report("recording the probes", 0, 0);
		Population neurons = Population.create(NeuronParameters.defaults(), p.neurons(), rng.fork(POPULATION_STREAM));
		List<double[][]> traces = new ArrayList<>();
		List<ResponseCourse> courses = new ArrayList<>();
		for (Sequence s : Sequence.values()) {
			var trace = learner.episode(episode(s, p), ErrorChannel.IDENTITY, false);
			traces.add(new double[][] { trace.value(), trace.delta() });
			ResponseCourse c = ResponseCourse.of(trace.delta(), STEP_MS, neurons.parameters());
			for (int k = 0; k < p.trials(); k++) courses.add(c);
		}
		SpikeRaster raster = SpikeGenerator.generate(neurons, courses, rng.fork(SPIKES_STREAM), threads, progress);
		List<ForecastCourse> out = new ArrayList<>();
		for (Sequence s : Sequence.values()) {
			double[][] t = traces.get(s.ordinal());
			out.add(new ForecastCourse(s, t[0], t[1], firing(raster, s.ordinal() * p.trials(), p.trials())));
		}
		return out;
	}

	/** The episode of a sequence: the forecast cue, the update cue if raised, the outcome. */
	static Episode episode(Sequence s, ForecastParameters p) {
		int steps = DURATION_MS / STEP_MS, outcome = OUTCOME_MS / STEP_MS;
		return switch (s) {
			case STEADY -> new Episode(steps, new int[] { FORECAST }, new int[] { CUE_MS / STEP_MS }, outcome,
				p.smallReward());
			case RAISED -> new Episode(steps, new int[] { FORECAST, UPDATE },
				new int[] { CUE_MS / STEP_MS, UPDATE_MS / STEP_MS }, outcome, p.largeReward());
			case SURPRISE -> new Episode(steps, new int[] { FORECAST }, new int[] { CUE_MS / STEP_MS }, outcome,
				p.largeReward());
		};
	}

	/** Firing per TD step of {@code count} trials from {@code first}, Hz per neuron. */
	private static double[] firing(SpikeRaster raster, int first, int count) {
		int[] histogram = new int[raster.durationMs()];
		double[] sum = new double[raster.durationMs() / STEP_MS];
		for (int k = first; k < first + count; k++) {
			raster.histogram(k, histogram);
			for (int t = 0; t < histogram.length; t++) sum[t / STEP_MS] += histogram[t];
		}
		double scale = 1000.0 / STEP_MS / count / raster.neurons();
		for (int j = 0; j < sum.length; j++) sum[j] *= scale;
		return sum;
	}

	/** forecast.csv: one row per TD step of each sequence. */
	public static String csv(List<ForecastCourse> courses) {
		StringBuilder sb = new StringBuilder(COLUMNS).append('\n');
		for (ForecastCourse c : courses) {
			for (int t = 0; t < c.value().length; t++) {
				sb.append(t * STEP_MS).append(',').append(c.sequence().key()).append(String.format(Locale.ROOT,
					",%.6g,%.6g,%.6g%n", c.value()[t], c.delta()[t], c.dopamineHz()[t]));
			}
		}
		return sb.toString();
	}
}
