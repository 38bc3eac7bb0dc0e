package org.neurotd.decode;

import org.neurotd.population.NeuronParameters;
import org.neurotd.random.Rng;
import org.neurotd.td.ErrorChannel;

/**
 * The striatum's view of a TD error. Each step's error makes the surviving neurons respond for
 * one burst window; the release of that response (spike count x release per spike), less the
 * tonic level the receptors have adapted to, is scaled by what a healthy population releases
 * for a full positive error. Release is read on one scale for both signs, so a pause, whose
 * range is limited by the tonic rate, teaches less than a burst of the same size (Bayer &amp;
 * Glimcher 2005). Poisson noise comes from the spikes that are left.
 * <p>
 * Receptor readout: plasticity is gated by receptor activation, which follows the dopamine
 * concentration: the expected release of the errors of the last burst window, summed over the
 * many terminals (so spike noise averages out there and enters through the teaching signal).
 * Below the detection threshold nothing is learned; above it activation saturates (Hill
 * coefficient 1) and each step's release teaches in proportion.
 */
final class StriatalReceptors implements ErrorChannel {

	private final double tonicCount;
	private final double gainCount;
	private final double pauseDepth;
	private final double releaseScale;
	private final double healthyGain;
	private final ReadoutParameters readout;
	private final Rng rng;
	private final double[] recent;
	private double concentration;

	/**
	 * @param baselineHz summed tonic rate of the survivors
	 * @param gainHz summed burst gain of the survivors
	 * @param healthyNeurons population size before the loss
	 * @param releaseScale release per survivor spike relative to a healthy neuron
	 */
	StriatalReceptors(double baselineHz, double gainHz, int healthyNeurons, double releaseScale, int stepMs,
		NeuronParameters neuron, ReadoutParameters readout, Rng rng)
	{
		double windowS = neuron.burstMs() / 1000.0;
		this.tonicCount = baselineHz * windowS;
		this.gainCount = gainHz * windowS;
		this.pauseDepth = neuron.pauseDepth();
		this.releaseScale = releaseScale / healthyNeurons;
		this.healthyGain = neuron.burstHz() * windowS;
		this.readout = readout;
		this.rng = rng;
		this.recent = new double[Math.max(1, neuron.burstMs() / stepMs)];
	}

	@Override
	public double transmit(int step, double delta) {
		double tonic = Math.max(0, 1 - pauseDepth * Math.max(0, -delta));
		double expected = tonicCount * tonic + gainCount * Math.max(0, delta);
		double estimate = releaseScale * (rng.nextPoisson(expected) - tonicCount) / healthyGain;
		if (readout.readout() == Readout.LINEAR) return estimate;
		if (step == 0) {
			java.util.Arrays.fill(recent, 0);
			concentration = 0;
		}
		int slot = step % recent.length;
		double mean = releaseScale * (expected - tonicCount) / healthyGain;
		concentration += mean - recent[slot];
		recent[slot] = mean;
		double level = Math.abs(concentration);
		if (level < readout.threshold()) return 0;
		return estimate * 2 / (1 + level);
	}
}
