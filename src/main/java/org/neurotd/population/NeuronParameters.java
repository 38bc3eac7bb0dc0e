package org.neurotd.population;

/**
 * How dopamine neurons turn a TD error into firing (science notes, section 2). Every neuron's
 * response is a scaled copy of one shared time course (Eshel et al. 2016):
 * {@code rate_i(t) = baseline_i * max(0, 1 - pauseDepth * [D(t)]-) + gain_i * [D(t)]+}, where
 * {@code D(t)} is the error held for {@code burstMs} after a {@code latencyMs} delay. Pauses can
 * only silence a neuron, so negative errors have the smaller dynamic range (Bayer & Glimcher 2005).
 *
 * @param baselineHz mean tonic rate (lognormal across neurons)
 * @param burstHz mean rate increase for an error of 1 (a full unpredicted reward)
 * @param spread lognormal sigma of baseline and gain across neurons (0 = identical neurons)
 * @param pauseDepth fraction of baseline silenced by an error of -1
 * @param latencyMs response latency after the event
 * @param burstMs how long a response lasts
 * @param refractoryMs absolute refractory period
 * @param firing how the rates become spikes, and the latency jitter
 */
public record NeuronParameters(double baselineHz, double burstHz, double spread, double pauseDepth,
	int latencyMs, int burstMs, double refractoryMs, FiringParameters firing)
{
	/**
	 * The science notes' defaults: 4.5 Hz tonic, bursts to about 25 Hz, 2 ms refractory, gamma
	 * firing of shape 3 with a 10 ms latency jitter.
	 */
	public static NeuronParameters defaults() {
		return NeuronKeys.BLOCK.defaults();
	}

	/** The same neurons firing as {@code f} says. */
	public NeuronParameters withFiring(FiringParameters f) {
		return new NeuronParameters(baselineHz, burstHz, spread, pauseDepth, latencyMs, burstMs, refractoryMs, f);
	}

	/** Validates the ranges. */
	public NeuronParameters {
		NeuronKeys.BASELINE.require(baselineHz);
		NeuronKeys.BURST.require(burstHz);
		NeuronKeys.SPREAD.require(spread);
		NeuronKeys.PAUSE_DEPTH.require(pauseDepth);
		NeuronKeys.LATENCY.require(latencyMs);
		NeuronKeys.BURST_MS.require(burstMs);
		NeuronKeys.REFRACTORY.require(refractoryMs);
		java.util.Objects.requireNonNull(firing, "firing");
	}
}
