package org.neurotd.selection;

import java.util.Arrays;

import org.neurotd.random.Rng;

/**
 * An actor-critic for the selection task in the manner of OpAL (Collins &amp; Frank 2014). The critic
 * learns the value of each training pair; its prediction error after a choice's feedback is what
 * the dopamine neurons fire for. The actor keeps a Go and a NoGo weight per stimulus, both
 * starting at 1; the chosen stimulus's Go weight grows in proportion to itself and the Go
 * teaching signal, its NoGo weight in proportion to itself and the NoGo signal. A stimulus's
 * preference is Go minus NoGo, and choices are a softmax of the preferences. Because each weight
 * grows with itself, Go weights come to tell the good stimuli apart and NoGo weights the bad ones.
 * <p>
 * The single-weight control keeps one weight per stimulus that both signals move additively.
 */
final class GoNoGoLearner {

	private final SelectionParameters p;
	private final double[] go = new double[SelectionTask.STIMULI];
	private final double[] nogo = new double[SelectionTask.STIMULI];
	private final double[] critic = new double[SelectionTask.trainingPairs()];

	GoNoGoLearner(SelectionParameters p) {
		this.p = p;
		Arrays.fill(go, p.learner() == SelectionLearner.GO_NOGO ? 1 : 0);
		Arrays.fill(nogo, p.learner() == SelectionLearner.GO_NOGO ? 1 : 0);
	}

	/** The stimulus chosen from {@code x} and {@code y}. */
	int choose(int x, int y, Rng rng) {
		double diff = preference(x) - preference(y);
		double pX = 1 / (1 + StrictMath.exp(-p.beta() * diff));
		return rng.nextDouble() < pX ? x : y;
	}

	/**
	 * Learns from the feedback {@code reward} (1 correct, 0 incorrect) after choosing
	 * {@code chosen} in training pair {@code pair}, through the subject's dopamine.
	 */
	void learn(int pair, int chosen, double reward, DopamineSignal dopamine, StriatalPathways striatum, Rng rng) {
		double delta = reward - critic[pair];
		critic[pair] += p.criticRate() * delta;
		double error = dopamine.error(dopamine.concentration(delta, rng));
		double goSignal = striatum.go(error);
		double nogoSignal = striatum.nogo(error);
		if (p.learner() == SelectionLearner.GO_NOGO) {
			go[chosen] = Math.max(0, go[chosen] * (1 + p.goRate() * goSignal));
			nogo[chosen] = Math.max(0, nogo[chosen] * (1 + p.nogoRate() * nogoSignal));
		}
		else {
			go[chosen] += p.goRate() * goSignal - p.nogoRate() * nogoSignal;
		}
	}

	/** How much the actor prefers {@code stimulus}: Go minus NoGo. */
	double preference(int stimulus) {
		return go[stimulus] - nogo[stimulus];
	}
}
