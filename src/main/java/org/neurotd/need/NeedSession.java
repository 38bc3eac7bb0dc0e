package org.neurotd.need;

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
import org.neurotd.td.TdTrace;

/**
 * A need-state session recorded from a dopamine population: a cue is followed by concentrated
 * salt (every fourth trial the salt comes without the cue), the animal is replete, then sodium
 * depleted, then (hypothesis) in a state that flips dopamine's polarity. The salt's utility is
 * need x outcome. A TD critic learns the cue over a complete serial compound; with the
 * {@link CueReadout#TD} readout it learns the utility, with {@link CueReadout#INCENTIVE} it learns
 * the outcome and its error is scaled by the current need. The population fires from the error,
 * sign-flipped in a flipped phase, where the critic also learns from the flipped signal (pauses
 * saturate at silence, so what it learns from is at least -1). The responses are read back from
 * the spikes.
 */
public final class NeedSession {

	/** The trial: cue at 500 ms, salt at 1500 ms, 3 s, 10 ms TD steps. */
	public static final TaskParameters TASK = TaskParameters.defaults();
	/**
	 * TD(lambda) of the need critic: lambda 0.98, so that the salt's error reaches the cue within
	 * tens of pairings (corticostriatal eligibility lasts seconds, Yagishita et al. 2014).
	 */
	static final TdParameters TD = new TdParameters(0.998, 0.98, 0.1);
	/** The salt's size, the outcome whose utility is need x outcome. */
	static final double OUTCOME = 1;
	/** Every how many trials the salt comes without the cue. */
	public static final int UNCUED_EVERY = 4;
	/** The response window after an event, ms. */
	public static final int WINDOW_START_MS = 50, WINDOW_END_MS = 300;
	/** The columns of state.csv. */
	public static final String COLUMNS = "phase,trial,need,cue_response_hz,outcome_response_hz,trial_type,polarity";

	private static final long POPULATION = 1, SPIKES = 2;

	private NeedSession() {}

	/**
	 * A recorded session.
	 *
	 * @param parameters what made it
	 * @param rows one per recorded trial
	 * @param raster the population's spikes, one trial per row
	 */
	public record Result(NeedParameters parameters, List<StateRow> rows, SpikeRaster raster) {}

	/** Runs and records the session of {@code p}. */
	public static Result run(NeedParameters p, int threads, Progress progress) {
		Rng rng = new Rng(p.seed());
		NeuronParameters neuron = NeuronParameters.defaults();
		Population population = Population.create(neuron, p.neurons(), rng.fork(POPULATION));
		TdLearner critic = new TdLearner(TASK, Representation.CSC, TD, 1);
		for (int k = 0; k < p.training(); k++) trial(critic, p, new NeedParameters.Phase("training", p.repleteNeed(), false), k);
		List<ResponseCourse> courses = new ArrayList<>();
		List<StateRow> layout = new ArrayList<>();
		for (NeedParameters.Phase phase : p.phases()) {
			for (int k = 0; k < p.trials(); k++) {
				courses.add(ResponseCourse.of(trial(critic, p, phase, k), TASK.stepMs(), neuron));
				layout.add(new StateRow(phase.name(), k + 1, phase.need(), Double.NaN, Double.NaN, cued(k), phase.flipped()));
			}
		}
		SpikeRaster raster = SpikeGenerator.generate(population, courses, rng.fork(SPIKES), threads, progress);
		List<StateRow> rows = new ArrayList<>(layout.size());
		for (int k = 0; k < layout.size(); k++) {
			StateRow r = layout.get(k);
			double cue = r.cued() ? response(raster, k, TASK.csTimeMs()) : Double.NaN;
			rows.add(new StateRow(r.phase(), r.trial(), r.need(), cue, response(raster, k, TASK.rewardTimeMs()), r.cued(),
				r.flipped()));
		}
		return new Result(p, List.copyOf(rows), raster);
	}

	/** Whether trial {@code k} of a phase is cued (every fourth is not). */
	static boolean cued(int k) {
		return k % UNCUED_EVERY != UNCUED_EVERY - 1;
	}

	/** One trial of learning; returns the error the population fires from. */
	private static double[] trial(TdLearner critic, NeedParameters p, NeedParameters.Phase phase, int k) {
		boolean incentive = p.readout() == CueReadout.INCENTIVE;
		double utility = phase.need() * OUTCOME;
		Episode e = cued(k)
			? new Episode(TASK.steps(), new int[] { 0 }, new int[] { TASK.csStep() }, TASK.rewardStep(),
				incentive ? OUTCOME : utility)
			: new Episode(TASK.steps(), new int[0], new int[0], TASK.rewardStep(), incentive ? OUTCOME : utility);
		double sign = phase.flipped() ? -1 : 1;
		ErrorChannel channel = (step, delta) -> Math.max(-1, sign * delta);
		TdTrace trace = critic.episode(e, channel, true);
		double scale = sign * (incentive ? phase.need() : 1);
		double[] drive = trace.delta().clone();
		for (int t = 0; t < drive.length; t++) drive[t] *= scale;
		return drive;
	}

	/** The response to an event at {@code eventMs} of trial {@code k}: the window's rate minus the pre-cue rate, per neuron. */
	private static double response(SpikeRaster raster, int k, int eventMs) {
		double window = raster.count(k, eventMs + WINDOW_START_MS, eventMs + WINDOW_END_MS)
			/ ((WINDOW_END_MS - WINDOW_START_MS) / 1000.0);
		double baseline = raster.count(k, 0, TASK.csTimeMs()) / (TASK.csTimeMs() / 1000.0);
		return (window - baseline) / raster.neurons();
	}

	/** state.csv. */
	public static String csv(List<StateRow> rows) {
		StringBuilder sb = new StringBuilder(COLUMNS).append('\n');
		for (StateRow r : rows) {
			sb.append(r.phase()).append(',').append(r.trial()).append(',').append(r.need()).append(',')
				.append(Double.isNaN(r.cueHz()) ? "" : String.format(Locale.ROOT, "%.4f", r.cueHz())).append(',')
				.append(String.format(Locale.ROOT, "%.4f", r.outcomeHz())).append(',')
				.append(r.cued() ? "cued" : "uncued").append(',').append(r.flipped() ? "flipped_hypothesis" : "normal").append('\n');
		}
		return sb.toString();
	}
}
