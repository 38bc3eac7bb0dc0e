package org.neurotd.serotonin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurotd.random.Rng;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Episode;
import org.neurotd.td.ErrorChannel;
import org.neurotd.td.Learner;
import org.neurotd.td.RescorlaWagner;

/**
 * Opponent learning (a hypothesis: the seed attributes it to Malinow's rodent work). Two naive
 * Rescorla-Wagner learners go through the session's trials; each trial's error drives both
 * populations, and each learner is taught by what it reads from their spikes in the response
 * window: {@link Reader#BOTH} dopamine minus serotonin, {@link Reader#DOPAMINE_ONLY} dopamine
 * alone. A channel is read as its population's spike count above the tonic count, over the
 * population's gain: dopamine bursts then carry positive errors in full, but its pauses can at
 * most silence the tonic rate, so a negative error reads at about baseline / gain (a fifth) of its
 * size; serotonin neurons carry negative errors as excitation.
 */
public final class OpponentLearning {

	/** Which channels a learner reads. */
	public enum Reader {
		/** Dopamine minus serotonin. */
		BOTH("both"),
		/** Dopamine alone. */
		DOPAMINE_ONLY("dopamine_only");

		private final String key;

		Reader(String key) {
			this.key = key;
		}

		/** The name written in the outputs. */
		public String key() {
			return key;
		}
	}

	/**
	 * The cue values a learner holds after a trial.
	 *
	 * @param trial 1-based trial number
	 * @param reader which channels it reads
	 * @param rewardCueValue the value of the reward cue
	 * @param punishmentCueValue the value of the punishment cue
	 */
	public record Point(int trial, Reader reader, double rewardCueValue, double punishmentCueValue) {}

	/** The response window read, in seconds (the responses' length). */
	static final double WINDOW_S = OpponentResponses.HOLD_MS / 1000.0;

	private OpponentLearning() {}

	/** Both learners over the trials of {@code r}'s session, with its neurons. */
	public static List<Point> run(OpponentResult r) {
		TaskParameters task = OpponentSimulation.TASK;
		Rng rng = new Rng(r.parameters().seed()).fork(6);
		List<Session.Trial> trials = r.session().trials();
		List<Point> out = new ArrayList<>(2 * trials.size());
		for (Reader reader : Reader.values()) {
			Learner learner = new RescorlaWagner(RescorlaWagner.DEFAULT_RATE, Cue.values().length);
			for (int t = 0; t < trials.size(); t++) {
				Condition c = trials.get(t).condition();
				Episode e = new Episode(task.steps(), new int[] { trials.get(t).cue().ordinal() },
					new int[] { task.csStep() }, task.rewardStep(), c.reward() - c.punishment());
				learner.episode(e, channel(r, reader, rng.fork(reader.ordinal(), t)), true);
				out.add(new Point(t + 1, reader, learner.cueValue(Cue.REWARD.ordinal()),
					learner.cueValue(Cue.PUNISHMENT.ordinal())));
			}
		}
		return out;
	}

	/**
	 * The teaching signal a reader gets: the error as read from the spike counts of the dopamine
	 * value neurons and of the serotonin neurons (whose reward-cue-excited subset also answers
	 * positive errors).
	 */
	private static ErrorChannel channel(OpponentResult r, Reader reader, Rng rng) {
		OpponentNeurons da = r.dopamine(), ht = r.serotonin();
		double daBaseline = sum(da.baselineHz(), da.subset(), da.size()), daGain = sum(da.gainHz(), da.subset(), da.size());
		double htBaseline = sum(ht.baselineHz(), 0, ht.size()), htGain = sum(ht.gainHz(), 0, ht.size());
		double htSubsetGain = sum(ht.gainHz(), 0, ht.subset());
		return (step, delta) -> {
			double pause = Math.max(0, 1 + Math.min(0, delta)), burst = Math.max(0, delta);
			double dopamine = daGain == 0 ? 0
				: read(rng.nextPoisson((pause * daBaseline + burst * daGain) * WINDOW_S), daBaseline, daGain);
			if (reader == Reader.DOPAMINE_ONLY) return dopamine;
			double drive = Math.max(0, -delta) * htGain + burst * htSubsetGain;
			return dopamine - read(rng.nextPoisson((htBaseline + drive) * WINDOW_S), htBaseline, htGain);
		};
	}

	/** A window's spike count read as an error: (count - tonic count) / (gain count). */
	private static double read(int count, double baselineHz, double gainHz) {
		return (count - baselineHz * WINDOW_S) / (gainHz * WINDOW_S);
	}

	private static double sum(double[] x, int from, int to) {
		double s = 0;
		for (int i = from; i < to; i++) s += x[i];
		return s;
	}

	/** learning.csv: trial,learner,reward_cue_value,punishment_cue_value. */
	public static String csv(List<Point> points) {
		StringBuilder sb = new StringBuilder("trial,learner,reward_cue_value,punishment_cue_value\n");
		for (Point p : points) {
			sb.append(p.trial()).append(',').append(p.reader().key())
				.append(String.format(Locale.ROOT, ",%.6g,%.6g%n", p.rewardCueValue(), p.punishmentCueValue()));
		}
		return sb.toString();
	}
}
