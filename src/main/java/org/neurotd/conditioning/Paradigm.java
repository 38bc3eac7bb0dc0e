package org.neurotd.conditioning;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neurotd.task.CueOnset;
import org.neurotd.task.TaskParameters;
import org.neurotd.task.TrialEvent;

/**
 * The conditioning paradigms that tell Rescorla-Wagner and TD apart. The first cue comes at
 * {@link #FIRST_CUE_MS}; successive events (cues, outcome) are one cue interval apart; trials
 * end a second after the last event.
 */
public enum Paradigm {
	/**
	 * Blocking (Kamin 1969; Waelti, Dickinson &amp; Schultz 2001): A -> reward, then AB -> reward,
	 * with a control compound CD -> reward whose cues were never pretrained; B is blocked when it
	 * gains less than D. Cues are tested alone, without reward.
	 */
	BLOCKING("blocking", "A", "B", "C", "D") {
		@Override
		public Design design(int interval) {
			TaskParameters t = timing(interval, 1);
			int cs = t.csTimeMs(), out = t.rewardTimeMs();
			Map<String, List<CueOnset>> layouts = Map.of("AB", List.of(new CueOnset("A", cs), new CueOnset("B", cs)),
				"CD", List.of(new CueOnset("C", cs), new CueOnset("D", cs)));
			return new Design(cues(), t, layouts, List.of(event("A", cs, out, 1)),
				List.of(event("AB", cs, out, 1), event("CD", cs, out, 1)),
				List.of(probe("A", cs, out, 0), probe("B", cs, out, 1), probe("C", cs, out, 2), probe("D", cs, out, 3)));
		}
	},
	/**
	 * Second-order conditioning (Rizley &amp; Rescorla 1972): A -> reward, then B -> A without
	 * reward, B never paired with the reward itself. The A -> reward trials go on between the
	 * B -> A ones so that A keeps the value B could borrow (otherwise A extinguishes as well).
	 * A is tested alone, B before A, both without reward.
	 */
	SECOND_ORDER("second_order", "A", "B") {
		@Override
		public Design design(int interval) {
			TaskParameters t = timing(interval, 2);
			int cs = t.csTimeMs();
			TrialEvent aRewarded = event("A", cs, cs + interval, 1), bThenA = event("B-A", cs, cs + 2 * interval, 0);
			return new Design(cues(), t, Map.of("B-A", List.of(new CueOnset("B", cs), new CueOnset("A", cs + interval))),
				List.of(aRewarded), List.of(aRewarded, bThenA),
				List.of(probe("A", cs, cs + interval, 0), new Probe(bThenA, 1)));
		}
	},
	/**
	 * A three-cue chain C -> B -> A -> reward after A -> reward: TD carries the prediction back to
	 * the earliest cue, step by step; Rescorla-Wagner sees one compound whose reward A already
	 * predicts. The chain is tested whole, rewarded, and read at each cue and the reward.
	 */
	CHAIN("chain", "A", "B", "C") {
		@Override
		public Design design(int interval) {
			TaskParameters t = timing(interval, 3);
			int cs = t.csTimeMs();
			TrialEvent chain = event("C-B-A", cs, cs + 3 * interval, 1);
			return new Design(cues(), t, Map.of("C-B-A", List.of(new CueOnset("C", cs),
				new CueOnset("B", cs + interval), new CueOnset("A", cs + 2 * interval))),
				List.of(event("A", cs, cs + interval, 1)), List.of(chain),
				List.of(new Probe(chain, 2, 1, 0, Design.OUTCOME)));
		}
	};

	/** Onset of the first cue of a trial, ms. */
	public static final int FIRST_CUE_MS = 500;
	/** TD step, ms. */
	public static final int STEP_MS = 10;
	/** Time after the last event, ms. */
	static final int TAIL_MS = 1000;

	private final String key;
	private final List<String> cues;

	Paradigm(String key, String... cues) {
		this.key = key;
		this.cues = List.of(cues);
	}

	/** The name in compare.csv. */
	public String key() {
		return key;
	}

	/** Cue names. */
	public List<String> cues() {
		return cues;
	}

	/** The paradigm's trials with events {@code intervalMs} apart. */
	public abstract Design design(int intervalMs);

	/** The timing of a trial with {@code events} cue intervals from the first cue to the outcome. */
	static TaskParameters timing(int interval, int events) {
		int end = FIRST_CUE_MS + events * interval + TAIL_MS;
		return new TaskParameters(end, FIRST_CUE_MS, FIRST_CUE_MS + interval, STEP_MS, 1.0, 1.0);
	}

	/** A trial named {@code cue} (one cue, or several its design lays out) and its outcome. */
	private static TrialEvent event(String cue, int cueMs, int outcomeMs, double reward) {
		return new TrialEvent(cue, cueMs, reward > 0 ? TrialEvent.REWARD : TrialEvent.OMISSION, outcomeMs, reward,
			Optional.empty());
	}

	/** Cue {@code index} alone without reward, read at its onset. */
	private static Probe probe(String cue, int cueMs, int outcomeMs, int index) {
		return new Probe(event(cue, cueMs, outcomeMs, 0), index);
	}
}
