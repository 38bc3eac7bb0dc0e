package org.neurotd.forage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neurotd.population.NeuronParameters;
import org.neurotd.population.ResponseCourse;
import org.neurotd.population.SpikeGenerator;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;
import org.neurotd.recording.Protocol;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.task.TaskParameters;
import org.neurotd.task.TrialEvent;
import org.neurotd.task.TrialEvents;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;

/**
 * The dopamine neurons of a forager playing the bandit, driven by its own TD errors: each
 * recorded trial is 2 s, the choice at 500 ms carrying the choice's error and the payoff at
 * 1000 ms the outcome's, in units of {@link #POINTS_PER_UNIT} points. The population and its
 * firing are the simulation's defaults, so the recording opens, degrades and decodes like any
 * other (its trial events hold the arms chosen and what they paid), and its protocol lines hold
 * the forager's keys, so that reproduce simulates it again.
 */
public final class ForagerRecording {

	/** The protocol name written to the metadata. */
	public static final String PROTOCOL = "forage";
	/** Points of payoff error that drive the neurons as one unit of error (a full unpredicted reward). */
	public static final double POINTS_PER_UNIT = 10;
	/** Trial timing: choice at 500 ms, payoff at 1000 ms, 2 s trials, 10 ms TD steps. */
	public static final TaskParameters TRIAL = new TaskParameters(2000, 500, 1000, 10, 1.0, 1.0);

	/** The response window after an event, ms: where the population's bursts and pauses fall. */
	public static final int WINDOW_START_MS = 50, WINDOW_END_MS = 300;
	/** The columns of errors.csv. */
	public static final String COLUMNS = "trial,arm,payoff,choice_error,outcome_error,choice_response_hz,"
		+ "outcome_response_hz";

	private ForagerRecording() {}

	/**
	 * One recorded trial: the forager's choice, payoff and TD errors (points), beside the
	 * dopamine responses to the choice and the outcome read from the recording's spikes (firing in
	 * the window after the event minus firing before the choice, Hz per neuron).
	 *
	 * @param trial the trial, from 1
	 * @param arm the arm chosen, from 1
	 * @param payoff what it paid, points
	 * @param choiceError TD error at the choice, points
	 * @param outcomeError TD error at the payoff, points
	 * @param choiceHz the response to the choice, Hz per neuron
	 * @param outcomeHz the response to the payoff, Hz per neuron
	 */
	public record TrialResponse(int trial, int arm, double payoff, double choiceError, double outcomeError,
		double choiceHz, double outcomeHz) {}

	/** Each recorded trial of {@code session} with the responses read from {@code recording}'s spikes. */
	public static List<TrialResponse> responses(BanditSession session, Recording recording) {
		var raster = recording.dopamine().raster();
		int[] histogram = new int[raster.durationMs()];
		List<TrialResponse> out = new ArrayList<>(raster.trials());
		for (int t = 0; t < raster.trials(); t++) {
			raster.histogram(t, histogram);
			double before = rateHz(histogram, 0, TRIAL.csTimeMs(), raster.neurons());
			out.add(new TrialResponse(t + 1, session.choices()[t] + 1, session.payoffs()[t], session.choiceError()[t],
				session.outcomeError()[t], response(histogram, TRIAL.csTimeMs(), raster.neurons()) - before,
				response(histogram, TRIAL.rewardTimeMs(), raster.neurons()) - before));
		}
		return out;
	}

	/** errors.csv. */
	public static String errorsCsv(List<TrialResponse> trials) {
		StringBuilder sb = new StringBuilder(COLUMNS).append('\n');
		for (TrialResponse r : trials) {
			sb.append(r.trial()).append(',').append(r.arm()).append(',').append(r.payoff()).append(',')
				.append(r.choiceError()).append(',').append(r.outcomeError()).append(',').append(r.choiceHz()).append(',')
				.append(r.outcomeHz()).append('\n');
		}
		return sb.toString();
	}

	private static double response(int[] histogram, int eventMs, int neurons) {
		return rateHz(histogram, eventMs + WINDOW_START_MS, eventMs + WINDOW_END_MS, neurons);
	}

	/** Mean firing per neuron from {@code fromMs} to {@code toMs}, Hz. */
	private static double rateHz(int[] histogram, int fromMs, int toMs, int neurons) {
		long spikes = 0;
		for (int t = fromMs; t < toMs; t++) spikes += histogram[t];
		return spikes * 1000.0 / (toMs - fromMs) / neurons;
	}

	/** The recording of the first {@code p.recorded()} trials of {@code session}. */
	public static Recording of(BanditSession session, ForageParameters p, Rng rng, int threads, Progress progress) {
		SimulationParameters sim = new SimulationParameters(p.neurons(), p.recorded(), 0, true, TRIAL,
			TdParameters.defaults(), Representation.CSC, NeuronParameters.defaults(), p.seed());
		int steps = TRIAL.durationMs() / TRIAL.stepMs();
		List<ResponseCourse> courses = new ArrayList<>(p.recorded());
		List<TrialEvent> events = new ArrayList<>(p.recorded());
		for (int t = 0; t < p.recorded(); t++) {
			double[] delta = new double[steps];
			delta[TRIAL.csTimeMs() / TRIAL.stepMs()] = session.choiceError()[t] / POINTS_PER_UNIT;
			delta[TRIAL.rewardTimeMs() / TRIAL.stepMs()] = session.outcomeError()[t] / POINTS_PER_UNIT;
			courses.add(ResponseCourse.of(delta, TRIAL.stepMs(), sim.neuron()));
			events.add(new TrialEvent("choice", TRIAL.csTimeMs(), TrialEvent.REWARD, TRIAL.rewardTimeMs(),
				session.payoffs()[t] / POINTS_PER_UNIT, Optional.of("arm" + (session.choices()[t] + 1))));
		}
		var raster = SpikeGenerator.generate(Simulation.population(sim), courses, rng, threads, progress);
		var dopamine = new RecordedPopulation(Recording.DOPAMINE, sim.neuron(), Optional.empty(), raster);
		Protocol protocol = new Protocol(PROTOCOL, ForageKeys.BLOCK.write(p).text(ForageKeys.BLOCK.keys()));
		return new Recording(sim, new TrialEvents(events), List.of(dopamine), protocol);
	}
}
