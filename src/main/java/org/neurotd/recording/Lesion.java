package org.neurotd.recording;

import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.parkinson.LossOrder;

/**
 * What Parkinson's degradation did to a recording: which neurons survive, how many of their
 * striatal terminals are gone, and how much survivors compensate.
 *
 * @param loss fraction of cell bodies removed
 * @param denervation fraction of the survivors' striatal terminals lost
 * @param compensation whether survivors raise their release per spike
 * @param cap largest compensation factor
 * @param lossOrder which neurons died first
 * @param seed seed of the choice of lost neurons
 * @param healthyNeurons population size before the loss
 * @param survivors indices (into the healthy population) of the surviving neurons, ascending
 */
public record Lesion(double loss, double denervation, boolean compensation, double cap, LossOrder lossOrder, long seed,
	int healthyNeurons, int[] survivors)
{
	/** The degradation that made this lesion. */
	public DegradationParameters parameters() {
		return new DegradationParameters(loss, denervation, compensation, cap, lossOrder, seed);
	}

	/** Share of the survivors' striatal terminals left. */
	public double terminalsKept() {
		return 1 - denervation;
	}

	/**
	 * How much more each remaining release event releases: the factor that makes up for the
	 * release lost with cells and terminals, up to {@code cap} (1 without compensation).
	 */
	public double compensationFactor() {
		double kept = (double) survivors.length / healthyNeurons * terminalsKept();
		return compensation && kept > 0 ? Math.max(1, Math.min(cap, 1 / kept)) : 1;
	}

	/** Release per spike of a survivor relative to a healthy neuron: terminals kept times compensation. */
	public double releaseScale() {
		return terminalsKept() * compensationFactor();
	}
}
