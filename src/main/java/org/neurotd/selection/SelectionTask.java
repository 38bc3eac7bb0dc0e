package org.neurotd.selection;

/**
 * The probabilistic selection task (Frank, Seeberger &amp; O'Reilly 2004). Six stimuli, A to F,
 * are trained in three fixed pairs, AB, CD and EF, in which choosing the first is "correct" with
 * probability 0.8, 0.7 and 0.6 and choosing the second with the complement. Training runs in
 * blocks of 60 trials (20 of each pair, in a seeded random order) until the accuracy of a block
 * reaches the criterion (AB 65 %, CD 60 %, EF 50 %) or the blocks run out. The test presents, without
 * feedback, novel pairs of A with C, D, E, F ("choose A") and of B with C, D, E, F ("avoid B").
 */
public final class SelectionTask {

	/** Number of stimuli (A to F are 0 to 5). */
	public static final int STIMULI = 6;
	/** Stimulus A, the most often rewarded. */
	public static final int A = 0;
	/** Stimulus B, the least often rewarded. */
	public static final int B = 1;
	/** Trials of each training pair in a block. */
	public static final int TRIALS_PER_PAIR = 20;

	/** Probability that choosing the first stimulus of training pair AB, CD, EF is correct. */
	private static final double[] REWARD = { 0.8, 0.7, 0.6 };
	/** Accuracy a block must reach on each training pair to end training. */
	private static final double[] CRITERION = { 0.65, 0.60, 0.50 };
	/** The stimuli A and B are tested against. */
	private static final int[] PARTNERS = { 2, 3, 4, 5 };

	private SelectionTask() {}

	/** Number of training pairs. */
	public static int trainingPairs() {
		return REWARD.length;
	}

	/** The stimulus that is more often correct in training pair {@code pair} (A, C or E). */
	public static int better(int pair) {
		return 2 * pair;
	}

	/** The stimulus that is less often correct in training pair {@code pair} (B, D or F). */
	public static int worse(int pair) {
		return 2 * pair + 1;
	}

	/** Probability that choosing {@code stimulus} is followed by "correct". */
	public static double rewardProbability(int stimulus) {
		double p = REWARD[stimulus / 2];
		return stimulus % 2 == 0 ? p : 1 - p;
	}

	/** Whether the accuracies of one block (per training pair) meet the criterion. */
	public static boolean meetsCriterion(double[] accuracy) {
		for (int pair = 0; pair < REWARD.length; pair++) {
			if (accuracy[pair] < CRITERION[pair]) return false;
		}
		return true;
	}

	/** The stimuli that A and B are paired with in the test (C, D, E, F). */
	public static int[] testPartners() {
		return PARTNERS.clone();
	}
}
