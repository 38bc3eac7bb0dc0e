package org.neurotd.delay;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
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
 * The dopamine response against the CS-reward delay: at each delay a TD learner is trained on
 * CS -> reward, then rewarded and omitted probe trials (without learning) drive one dopamine
 * population, and the CS, reward and omission responses are read from the spikes. A representation
 * that times long delays less precisely leaves the reward partly unpredicted and the omission dip
 * shallow (Fiorillo, Newsome &amp; Schultz 2008); the complete serial compound times every delay
 * exactly.
 */
public final class DelaySeries {

	/** TD step, ms. */
	public static final int STEP_MS = 10;
	/** CS onset, ms. */
	public static final int CS_MS = 500;
	/** Time after the reward, ms. */
	static final int TAIL_MS = 1500;
	/** The response window after an event, ms. */
	public static final int WINDOW_START_MS = 50, WINDOW_END_MS = 300;

	/** The columns of delays.csv. */
	public static final String COLUMNS = "delay_ms,representation,cs_response_hz,reward_response_hz,omission_dip_hz";

	private static final long POPULATION_STREAM = 1, SPIKES_STREAM = 2;

	private DelaySeries() {}

	/** Runs every delay with every representation of {@code p}; rows by delay, then representation. */
	public static List<DelayResponse> run(DelayParameters p, int threads, Progress progress) {
		Rng rng = new Rng(p.seed());
		Population neurons = Population.create(NeuronParameters.defaults(), p.neurons(), rng.fork(POPULATION_STREAM));
		List<DelayResponse> rows = new ArrayList<>();
		for (int delay : p.delaysMs()) {
			for (Representation r : p.representations()) {
				progress.checkCancelled();
				progress.report("delay " + delay + " ms, " + r.key(), rows.size(), 0);
				Rng spikes = rng.fork(SPIKES_STREAM, delay * 4L + r.ordinal());
				rows.add(measure(delay, r, p, neurons, spikes, threads, progress));
			}
		}
		return rows;
	}

	/** The trial of a delay: CS at 500 ms, the reward {@code delay} later, 1.5 s after it. */
	static TaskParameters task(int delay) {
		return new TaskParameters(CS_MS + delay + TAIL_MS, CS_MS, CS_MS + delay, STEP_MS, 1.0, 1.0);
	}

	private static DelayResponse measure(int delay, Representation r, DelayParameters p, Population neurons, Rng rng,
		int threads, Progress progress)
	{
		TaskParameters task = task(delay);
		TdLearner learner = new TdLearner(task, r, TdParameters.defaults(), 1);
		Episode rewarded = Episode.of(task, 0, true), omitted = Episode.of(task, 0, false);
		for (int k = 0; k < p.training(); k++) learner.episode(rewarded, ErrorChannel.IDENTITY, true);
		List<ResponseCourse> courses = new ArrayList<>();
		for (Episode e : List.of(rewarded, omitted)) {
			ResponseCourse c = ResponseCourse.of(learner.episode(e, ErrorChannel.IDENTITY, false).delta(), STEP_MS,
				neurons.parameters());
			for (int k = 0; k < p.trials(); k++) courses.add(c);
		}
		SpikeRaster raster = SpikeGenerator.generate(neurons, courses, rng, threads, progress);
		SummaryStatistics cs = read(raster, 0, p.trials(), CS_MS, neurons.size());
		SummaryStatistics reward = read(raster, 0, p.trials(), CS_MS + delay, neurons.size());
		SummaryStatistics omission = read(raster, p.trials(), p.trials(), CS_MS + delay, neurons.size());
		return new DelayResponse(delay, r.key(), cs.getMean(), reward.getMean(), omission.getMean(), sem(cs), sem(reward),
			sem(omission));
	}

	/** Per-trial responses at {@code eventMs} of {@code count} trials from {@code first}. */
	private static SummaryStatistics read(SpikeRaster raster, int first, int count, int eventMs, int neurons) {
		SummaryStatistics s = new SummaryStatistics();
		int[] histogram = new int[raster.durationMs()];
		for (int k = first; k < first + count; k++) {
			raster.histogram(k, histogram);
			double window = sum(histogram, eventMs + WINDOW_START_MS, eventMs + WINDOW_END_MS)
				/ ((WINDOW_END_MS - WINDOW_START_MS) / 1000.0);
			double baseline = sum(histogram, 0, CS_MS) / (CS_MS / 1000.0);
			s.addValue((window - baseline) / neurons);
		}
		return s;
	}

	private static double sum(int[] histogram, int from, int to) {
		double s = 0;
		for (int t = from; t < to; t++) s += histogram[t];
		return s;
	}

	private static double sem(SummaryStatistics s) {
		return s.getN() > 1 ? s.getStandardDeviation() / Math.sqrt(s.getN()) : Double.NaN;
	}

	/** delays.csv. */
	public static String csv(List<DelayResponse> rows) {
		StringBuilder sb = new StringBuilder(COLUMNS).append('\n');
		for (DelayResponse r : rows) {
			sb.append(r.delayMs()).append(',').append(r.representation()).append(',').append(r.csHz()).append(',')
				.append(r.rewardHz()).append(',').append(r.omissionHz()).append('\n');
		}
		return sb.toString();
	}
}
