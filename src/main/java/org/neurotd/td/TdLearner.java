package org.neurotd.td;

import org.neurotd.task.TaskParameters;

/**
 * A TD(lambda) critic with a linear value function over a stimulus representation, one block of
 * features per cue. {@code V(t) = w . x(t)}; {@code delta(t) = r(t) + gamma V(t) - V(t-1)};
 * {@code w += alpha * teach(delta(t)) * e(t-1)}; {@code e(t) = gamma lambda e(t-1) + x(t)}.
 */
public final class TdLearner {

	private final TaskParameters task;
	private final StimulusRepresentation representation;
	private final TdParameters td;
	private final int perCue;
	private final double[] weights;
	private final double alpha;
	private final EligibilityTraces[] traces;
	private final int[] index;
	private final double[] x;

	/**
	 * @param cues number of distinct cues (each gets its own features)
	 */
	public TdLearner(TaskParameters task, Representation representation, TdParameters td, int cues) {
		this.task = task;
		this.representation = representation.create(task);
		this.td = td;
		this.perCue = this.representation.featureCount();
		this.weights = new double[perCue * cues];
		this.index = new int[perCue];
		this.x = new double[perCue];
		this.alpha = td.alpha() / peakSquaredNorm(task);
		this.traces = new EligibilityTraces[cues];
		for (int c = 0; c < cues; c++) traces[c] = new EligibilityTraces(weights, c * perCue, perCue);
	}

	/**
	 * Largest squared feature norm over a trial. Dividing the learning rate by it makes one
	 * alpha mean the same for a one-hot code and for overlapping microstimuli, which would
	 * otherwise diverge at the textbook rate.
	 */
	private double peakSquaredNorm(TaskParameters task) {
		double peak = 0;
		for (int k = 0; k < task.steps() - task.csStep(); k++) {
			int n = representation.features(k, k - (task.rewardStep() - task.csStep()), index, x);
			double s = 0;
			for (int j = 0; j < n; j++) s += x[j] * x[j];
			peak = Math.max(peak, s);
		}
		return peak > 0 ? peak : 1;
	}

	/**
	 * Runs one trial of {@code cue}, learning from what {@code channel} passes on when
	 * {@code learn} is set. The cost per step follows the active features, not all of them.
	 *
	 * @param reward reward per TD step
	 */
	public TdTrace trial(int cue, double[] reward, ErrorChannel channel, boolean learn) {
		int steps = task.steps();
		int cs = task.csStep();
		EligibilityTraces traces = this.traces[cue];
		double[] value = new double[steps];
		double[] delta = new double[steps];
		double decay = td.gamma() * td.lambda();
		double previous = 0;
		int rewardAt = -1;
		for (int t = 0; t < steps; t++) {
			if (rewardAt < 0 && reward[t] != 0) rewardAt = t;
			int n = representation.features(t - cs, rewardAt < 0 ? -1 : t - rewardAt, index, x);
			double v = 0;
			for (int j = 0; j < n; j++) v += traces.weight(index[j]) * x[j];
			double d = reward[t] + td.gamma() * v - previous;
			value[t] = v;
			delta[t] = d;
			double teach = channel.transmit(t, d);
			if (learn && teach != 0) traces.update(alpha * teach);
			traces.decay(decay);
			for (int j = 0; j < n; j++) traces.add(index[j], x[j]);
			previous = v;
		}
		if (learn) {
			// The trial ends into the inter-trial interval, whose value is 0: without this last
			// update the values at the end of a trial would never be corrected.
			traces.update(alpha * channel.transmit(steps, -previous));
		}
		traces.flushAndClear();
		return new TdTrace(value, delta);
	}

	/** The value the critic now assigns to {@code cue} at its onset step. */
	public double onsetValue(int cue) {
		int n = representation.features(0, -1, index, x);
		double v = 0;
		for (int j = 0; j < n; j++) v += weights[cue * perCue + index[j]] * x[j];
		return v;
	}
}
