package org.neurotd.serotonin;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.random.Rng;

/**
 * The trial order of an opponent session: in each block, {@code blockBias} of the trials have
 * the block's dominant cue and the rest are split between the other two, in a seeded shuffled
 * order; each reward cue is rewarded with the reward probability.
 *
 * @param trials the recorded trials, in order
 */
public record Session(List<Trial> trials) {

	/**
	 * One trial.
	 *
	 * @param block the block it belongs to (0-based)
	 * @param kind the block's kind
	 * @param cue the cue shown
	 * @param condition what followed
	 */
	public record Trial(int block, BlockKind kind, Cue cue, Condition condition) {}

	/** The session of {@code p}, drawn from {@code rng}. */
	public static Session of(OpponentParameters p, Rng rng) {
		List<Trial> trials = new ArrayList<>(p.trials());
		for (int b = 0; b < p.blocks(); b++) {
			BlockKind kind = BlockKind.of(b);
			Cue[] cues = blockCues(kind, p.blockTrials(), p.blockBias());
			Rng order = rng.fork(b);
			for (int i = cues.length - 1; i > 0; i--) {
				int j = order.nextInt(i + 1);
				Cue c = cues[i];
				cues[i] = cues[j];
				cues[j] = c;
			}
			for (int i = 0; i < cues.length; i++) {
				Condition condition = condition(cues[i], p.rewardProbability(), rng.fork(b, 1000L + i));
				trials.add(new Trial(b, kind, cues[i], condition));
			}
		}
		return new Session(List.copyOf(trials));
	}

	/** Training trials before the recording: the three cues in turn, outcomes drawn as in the session. */
	static List<Condition> training(OpponentParameters p, Rng rng) {
		List<Condition> out = new ArrayList<>(p.training());
		Cue[] cues = Cue.values();
		for (int i = 0; i < p.training(); i++) out.add(condition(cues[i % cues.length], p.rewardProbability(), rng.fork(i)));
		return out;
	}

	private static Cue[] blockCues(BlockKind kind, int n, double bias) {
		int dominant = (int) Math.round(bias * n);
		Cue other = kind == BlockKind.REWARD ? Cue.PUNISHMENT : Cue.REWARD;
		Cue[] cues = new Cue[n];
		for (int i = 0; i < n; i++) {
			int rest = i - dominant;
			cues[i] = rest < 0 ? kind.dominant() : rest % 2 == 0 ? other : Cue.NEUTRAL;
		}
		return cues;
	}

	private static Condition condition(Cue cue, double rewardProbability, Rng rng) {
		return switch (cue) {
			case REWARD -> rng.nextDouble() < rewardProbability ? Condition.REWARD : Condition.OMISSION;
			case PUNISHMENT -> Condition.PUNISHMENT;
			case NEUTRAL -> Condition.NEUTRAL;
		};
	}

	/** The cue a condition follows. */
	static Cue cue(Condition c) {
		return switch (c) {
			case REWARD, OMISSION -> Cue.REWARD;
			case PUNISHMENT -> Cue.PUNISHMENT;
			case NEUTRAL -> Cue.NEUTRAL;
		};
	}
}
