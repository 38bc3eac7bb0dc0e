package org.neurotd.serotonin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.recording.Protocol;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.task.TaskParameters;
import org.neurotd.task.TrialEvent;
import org.neurotd.task.TrialEvents;
import org.neurotd.td.LearnerParameters;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;

/**
 * An opponent session as a format-2 recording: the dopamine and the serotonin population (each
 * with its firing model), one event row per trial (cue {@code reward_cue}, {@code punishment_cue}
 * or {@code neutral_cue} at 500 ms; outcome {@code reward}, {@code omission}, {@code punishment}
 * or {@code neutral} at 1500 ms, size +1 for a reward and -1 for an air puff), and the session's
 * parameters as its protocol, so that it opens again and can be simulated again from its metadata.
 */
public final class OpponentRecording {

	/** The protocol name written to the metadata. */
	public static final String PROTOCOL = "opponent";
	/** Name of the serotonin population. */
	public static final String SEROTONIN = "serotonin";

	private OpponentRecording() {}

	/** The recording of {@code r}. */
	public static Recording of(OpponentResult r) {
		OpponentParameters p = r.parameters();
		TaskParameters t = OpponentSimulation.TASK;
		TaskParameters task = new TaskParameters(t.durationMs(), t.csTimeMs(), t.rewardTimeMs(), t.stepMs(),
			p.rewardProbability(), t.magnitude());
		SimulationParameters simulation = new SimulationParameters(p.dopamineNeurons(), p.trials(), p.training(), true,
			task, TdParameters.defaults(), Representation.CSC, LearnerParameters.defaults(),
			OpponentSimulation.dopamineNeuron(), p.seed());
		List<TrialEvent> events = new ArrayList<>(p.trials());
		for (Session.Trial trial : r.session().trials()) {
			Condition c = trial.condition();
			events.add(new TrialEvent(trial.cue().name().toLowerCase(Locale.ROOT) + "_cue", t.csTimeMs(), c.key(),
				t.rewardTimeMs(), c.reward() - c.punishment(), Optional.empty()));
		}
		List<RecordedPopulation> populations = List.of(
			new RecordedPopulation(Recording.DOPAMINE, OpponentSimulation.dopamineNeuron(), Optional.empty(),
				r.dopamineSpikes()),
			new RecordedPopulation(SEROTONIN, OpponentSimulation.serotoninNeuron(p), Optional.empty(), r.serotoninSpikes()));
		Protocol protocol = new Protocol(PROTOCOL, OpponentKeys.BLOCK.write(p).text(OpponentKeys.BLOCK.keys()));
		return new Recording(simulation, new TrialEvents(events), populations, protocol);
	}

	/**
	 * The session a recording's protocol describes, simulated again.
	 *
	 * @throws InvalidParameterException naming {@code recording} when a parameter is missing
	 */
	public static Recording simulate(Protocol protocol) {
		return of(OpponentSimulation.run(protocol.read(OpponentKeys.BLOCK)));
	}
}
