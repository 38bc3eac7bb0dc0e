package org.neurotd.conditioning;

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
import org.neurotd.td.Episode;
import org.neurotd.td.ErrorChannel;
import org.neurotd.td.Learner;
import org.neurotd.td.LearningRule;
import org.neurotd.td.TdParameters;
import org.neurotd.td.TdTrace;

/**
 * Rescorla-Wagner against TD on the conditioning paradigms: each learner is trained on each
 * paradigm, then its error on the probe trials drives one dopamine population, and each cue's
 * response is read back from the spikes in a window after the cue.
 */
public final class Comparison {

	/** The response window after an event, ms: where the population's bursts and pauses fall. */
	public static final int WINDOW_START_MS = 50, WINDOW_END_MS = 300;

	/** The columns of compare.csv. */
	public static final String COLUMNS = "paradigm,learner,cue,value,dopamine_response_hz";

	private static final long POPULATION_STREAM = 1, SPIKES_STREAM = 2, TRIALS_STREAM = 3;

	private Comparison() {}

	/** Runs every paradigm with every learner of {@code p}; rows in paradigm, learner, cue order. */
	public static List<CueResponse> run(ComparisonParameters p, int threads, Progress progress) {
		Rng rng = new Rng(p.seed());
		// One population for all: the learners differ only in the error they give it.
		Population neurons = Population.create(NeuronParameters.defaults(), p.neurons(), rng.fork(POPULATION_STREAM));
		List<CueResponse> rows = new ArrayList<>();
		for (Paradigm paradigm : Paradigm.values()) {
			Design design = paradigm.design(p.cueIntervalMs());
			for (LearningRule rule : p.learners()) {
				progress.checkCancelled();
				progress.report(paradigm.key() + " with " + rule.key(), rows.size(), 0);
				Learner learner = rule.create(design.timing(), p.representation(), TdParameters.defaults(), p.rwRate(),
					design.cues().size());
				ConditioningTask session = design.session(p.pretraining(), p.training());
				train(learner, session, rng);
				// Streams by paradigm and rule, so that one learner's spikes do not depend on which others run.
				Rng spikes = rng.fork(SPIKES_STREAM, paradigm.ordinal() * 16L + rule.ordinal());
				rows.addAll(record(paradigm, rule, session, learner, neurons, p.trials(), spikes, threads, progress));
			}
		}
		return rows;
	}

	/** Learns every trial of the session, in order, as {@code recording.Simulation} learns a task's. */
	private static void train(Learner learner, ConditioningTask session, Rng rng) {
		for (int k = 0; k < session.trials(); k++) {
			learner.episode(Episode.of(session, session.trial(k, rng.fork(TRIALS_STREAM, k))), ErrorChannel.IDENTITY,
				true);
		}
	}

	/** Records {@code trials} repetitions of each probe and reads the probed events from the spikes. */
	private static List<CueResponse> record(Paradigm paradigm, LearningRule rule, ConditioningTask session,
		Learner learner, Population neurons, int trials, Rng rng, int threads, Progress progress)
	{
		Design design = session.design();
		int stepMs = design.timing().stepMs();
		List<ResponseCourse> courses = new ArrayList<>();
		List<Episode> probes = design.probes().stream().map(q -> Episode.of(session, q.event())).toList();
		for (Episode probe : probes) {
			TdTrace trace = learner.episode(probe, ErrorChannel.IDENTITY, false);
			ResponseCourse course = ResponseCourse.of(trace.delta(), stepMs, neurons.parameters());
			for (int k = 0; k < trials; k++) courses.add(course);
		}
		SpikeRaster raster = SpikeGenerator.generate(neurons, courses, rng, threads, progress);
		List<CueResponse> rows = new ArrayList<>();
		int[] histogram = new int[raster.durationMs()];
		for (int q = 0; q < design.probes().size(); q++) {
			Probe probe = design.probes().get(q);
			for (int read : probe.read()) {
				int step = read == Design.OUTCOME ? probes.get(q).outcomeStep() : probes.get(q).onset(read);
				SummaryStatistics perTrial = new SummaryStatistics();
				for (int k = 0; k < trials; k++) {
					raster.histogram(q * trials + k, histogram);
					perTrial.addValue(responseHz(histogram, step * stepMs, neurons.size()));
				}
				double value = read == Design.OUTCOME ? Double.NaN : learner.cueValue(read);
				double sem = trials > 1 ? perTrial.getStandardDeviation() / Math.sqrt(trials) : Double.NaN;
				rows.add(new CueResponse(paradigm.key(), rule.key(), design.name(read), value, perTrial.getMean(), sem));
			}
		}
		return rows;
	}

	/** Firing in the window after {@code eventMs} minus firing before the first cue, Hz per neuron. */
	static double responseHz(int[] histogram, int eventMs, int neurons) {
		double window = sum(histogram, eventMs + WINDOW_START_MS, eventMs + WINDOW_END_MS)
			/ ((WINDOW_END_MS - WINDOW_START_MS) / 1000.0);
		double baseline = sum(histogram, 0, Paradigm.FIRST_CUE_MS) / (Paradigm.FIRST_CUE_MS / 1000.0);
		return (window - baseline) / neurons;
	}

	private static double sum(int[] histogram, int from, int to) {
		double s = 0;
		for (int t = from; t < to; t++) s += histogram[t];
		return s;
	}

	/** compare.csv: one row per paradigm, learner and cue; the outcome's value is left empty. */
	public static String csv(List<CueResponse> rows) {
		StringBuilder sb = new StringBuilder(COLUMNS).append('\n');
		for (CueResponse r : rows) {
			sb.append(r.paradigm()).append(',').append(r.learner()).append(',').append(r.cue()).append(',')
				.append(Double.isNaN(r.value()) ? "" : number(r.value())).append(',').append(number(r.responseHz()))
				.append('\n');
		}
		return sb.toString();
	}

	/** Shortest round-trip form, as every other table the plugin writes. */
	private static String number(double v) {
		return Double.toString(v);
	}
}
