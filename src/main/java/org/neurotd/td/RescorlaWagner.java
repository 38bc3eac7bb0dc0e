package org.neurotd.td;

/**
 * The Rescorla-Wagner rule (1972): one update per trial, no time within it. The trial's
 * prediction is the summed associative strength of the cues present before the outcome, and each
 * of them moves by {@code rate * (r - sum V)}. To drive the same neurons as TD its error is laid
 * out in time as the change of that prediction: the prediction rises by each cue's strength at
 * its onset, is held to the outcome and falls to zero there, where the error is {@code r - sum V}
 * (the TD error with gamma = 1 of that step-shaped value). Cues shown after the outcome are no
 * part of the trial's compound.
 */
public final class RescorlaWagner implements Learner {

	/** Default learning rate. */
	public static final double DEFAULT_RATE = 0.1;

	private final double ratePositive, rateNegative;
	private final double[] strength;

	/**
	 * @param rate learning rate per trial (key {@code rw_rate})
	 * @param cues number of distinct cues
	 */
	public RescorlaWagner(double rate, int cues) {
		this(rate, rate, cues);
	}

	/**
	 * A learner that moves by {@code ratePositive} times a positive error and {@code rateNegative}
	 * times a negative one: unequal rates make its prediction an expectile of the outcomes rather
	 * than their mean (the distributional code of Dabney et al. 2020).
	 */
	public RescorlaWagner(double ratePositive, double rateNegative, int cues) {
		LearnerKeys.RW_RATE.require(ratePositive);
		LearnerKeys.RW_RATE.require(rateNegative);
		this.ratePositive = ratePositive;
		this.rateNegative = rateNegative;
		this.strength = new double[cues];
	}

	@Override
	public TdTrace episode(Episode episode, ErrorChannel channel, boolean learn) {
		int steps = episode.steps();
		int outcome = episode.outcomeStep();
		double[] rise = new double[steps];
		for (int k = 0; k < episode.cues().length; k++) {
			int onset = episode.onsets()[k];
			if (onset < outcome) rise[onset] += strength[episode.cues()[k]];
		}
		double[] reward = episode.rewardCourse();
		double[] value = new double[steps];
		double[] delta = new double[steps];
		double prediction = 0;
		double previous = 0;
		for (int t = 0; t < steps; t++) {
			prediction += rise[t];
			value[t] = t < outcome ? prediction : 0;
			delta[t] = reward[t] + value[t] - previous;
			previous = value[t];
		}
		if (learn) {
			double error = channel.transmit(outcome, delta[outcome]);
			double teach = (error > 0 ? ratePositive : rateNegative) * error;
			for (int k = 0; k < episode.cues().length; k++) {
				if (episode.onsets()[k] < outcome) strength[episode.cues()[k]] += teach;
			}
		}
		return new TdTrace(value, delta);
	}

	@Override
	public double cueValue(int cue) {
		return strength[cue];
	}
}
