package org.neurotd.td;

import org.neurotd.task.TaskParameters;

/**
 * A TD(lambda) critic with a linear value function over a stimulus representation, one block of
 * features per cue, summed over the cues of an episode. {@code V(t) = w . x(t)};
 * {@code delta(t) = r(t) + gamma V(t) - V(t-1)}; {@code w += alpha * teach(delta(t)) * e(t-1)};
 * {@code e(t) = gamma lambda e(t-1) + x(t)}.
 */
public final class TdLearner implements Learner {

	private final StimulusRepresentation representation;
	private final TdParameters td;
	private final int perCue;
	private final double[] weights;
	private final double alpha;
	private final EligibilityTraces[] traces;
	private final int[][] index;
	private final double[][] x;
	private final int[] active;

	/**
	 * @param task the trial timing the representation and the learning rate's scale are set for
	 * @param cues number of distinct cues (each gets its own features)
	 */
	public TdLearner(TaskParameters task, Representation representation, TdParameters td, int cues) {
		this.representation = representation.create(task);
		this.td = td;
		this.perCue = this.representation.featureCount();
		this.weights = new double[perCue * cues];
		this.index = new int[cues][perCue];
		this.x = new double[cues][perCue];
		this.active = new int[cues];
		this.alpha = td.alpha() / peakSquaredNorm(task);
		this.traces = new EligibilityTraces[cues];
		for (int c = 0; c < cues; c++) traces[c] = new EligibilityTraces(weights, c * perCue, perCue);
	}

	/**
	 * Largest squared feature norm of one cue over a trial. Dividing the learning rate by it makes
	 * one alpha mean the same for a one-hot code and for overlapping microstimuli, which would
	 * otherwise diverge at the textbook rate.
	 */
	private double peakSquaredNorm(TaskParameters task) {
		double peak = 0;
		for (int k = 0; k < task.steps() - task.csStep(); k++) {
			int n = representation.features(k, k - (task.rewardStep() - task.csStep()), index[0], x[0]);
			double s = 0;
			for (int j = 0; j < n; j++) s += x[0][j] * x[0][j];
			peak = Math.max(peak, s);
		}
		return peak > 0 ? peak : 1;
	}

	/**
	 * {@inheritDoc} The cost per step follows the active features of the episode's cues, not all
	 * of them.
	 */
	@Override
	public TdTrace episode(Episode episode, ErrorChannel channel, boolean learn) {
		int steps = episode.steps();
		int[] cues = episode.cues();
		int[] onsets = episode.onsets();
		double[] reward = episode.rewardCourse();
		double[] value = new double[steps];
		double[] delta = new double[steps];
		double decay = td.gamma() * td.lambda();
		double previous = 0;
		int rewardAt = -1;
		for (int t = 0; t < steps; t++) {
			if (rewardAt < 0 && reward[t] != 0) rewardAt = t;
			double v = 0;
			int present = 0;
			for (int k = 0; k < cues.length; k++) {
				EligibilityTraces e = traces[cues[k]];
				int n = representation.features(t - onsets[k], rewardAt < 0 ? -1 : t - rewardAt, index[k], x[k]);
				active[k] = n;
				if (n > 0) present++;
				for (int j = 0; j < n; j++) v += e.weight(index[k][j]) * x[k][j];
			}
			// Each cue's features are scaled to one cue's peak norm; those of k cues together reach
			// k times it, so the rate is shared among the cues present (dividing by 1 changes no bit).
			double alpha = this.alpha / Math.max(1, present);
			double d = reward[t] + td.gamma() * v - previous;
			value[t] = v;
			delta[t] = d;
			double teach = channel.transmit(t, d);
			for (int k = 0; k < cues.length; k++) {
				EligibilityTraces e = traces[cues[k]];
				if (learn && teach != 0) e.update(alpha * teach);
				e.decay(decay);
				for (int j = 0; j < active[k]; j++) e.add(index[k][j], x[k][j]);
			}
			previous = v;
		}
		if (learn) {
			// The trial ends into the inter-trial interval, whose value is 0: without this last
			// update the values at the end of a trial would never be corrected.
			double teach = this.alpha / Math.max(1, cues.length) * channel.transmit(steps, -previous);
			for (int cue : cues) traces[cue].update(teach);
		}
		for (int cue : cues) traces[cue].flushAndClear();
		return new TdTrace(value, delta);
	}

	/** The value the critic now assigns to {@code cue} at its onset step. */
	@Override
	public double cueValue(int cue) {
		int n = representation.features(0, -1, index[0], x[0]);
		double v = 0;
		for (int j = 0; j < n; j++) v += weights[cue * perCue + index[0][j]] * x[0][j];
		return v;
	}
}
