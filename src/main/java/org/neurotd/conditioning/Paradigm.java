package org.neurotd.conditioning;

import java.util.List;

import org.neurotd.task.TaskParameters;
import org.neurotd.td.Episode;

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
			int a = 0, b = 1, c = 2, d = 3;
			int cs = t.csStep(), out = t.rewardStep();
			return new Design(cues(), t, List.of(episode(t, out, 1, a, cs)),
				List.of(compound(t, out, 1, cs, a, b), compound(t, out, 1, cs, c, d)),
				List.of(probe(t, out, a), probe(t, out, b), probe(t, out, c), probe(t, out, d)));
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
			int a = 0, b = 1, cs = t.csStep(), step = t.rewardStep() - cs;
			Episode aRewarded = episode(t, cs + step, 1, a, cs);
			Episode bThenA = new Episode(t.steps(), new int[] { b, a }, new int[] { cs, cs + step }, cs + 2 * step, 0);
			return new Design(cues(), t, List.of(aRewarded), List.of(aRewarded, bThenA),
				List.of(new Probe(episode(t, cs + step, 0, a, cs), a), new Probe(bThenA, b)));
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
			int a = 0, b = 1, c = 2, cs = t.csStep(), step = t.rewardStep() - cs;
			Episode chain = new Episode(t.steps(), new int[] { c, b, a }, new int[] { cs, cs + step, cs + 2 * step },
				cs + 3 * step, 1);
			return new Design(cues(), t, List.of(episode(t, cs + step, 1, a, cs)), List.of(chain),
				List.of(new Probe(chain, c, b, a, Design.OUTCOME)));
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

	private static Episode episode(TaskParameters t, int outcome, double reward, int cue, int onset) {
		return new Episode(t.steps(), new int[] { cue }, new int[] { onset }, outcome, reward);
	}

	private static Episode compound(TaskParameters t, int outcome, double reward, int onset, int... cues) {
		int[] onsets = new int[cues.length];
		java.util.Arrays.fill(onsets, onset);
		return new Episode(t.steps(), cues, onsets, outcome, reward);
	}

	/** A cue alone without reward, read at its onset. */
	private static Probe probe(TaskParameters t, int outcome, int cue) {
		return new Probe(episode(t, outcome, 0, cue, t.csStep()), cue);
	}
}
