package org.neurotd.recording;

/**
 * What Parkinson's degradation did to a recording: which neurons survive, how many of their
 * striatal terminals are gone, and how much survivors compensate.
 *
 * @param loss fraction of cell bodies removed
 * @param denervation fraction of the survivors' striatal terminals lost
 * @param compensation whether survivors raise their release per spike
 * @param cap largest compensation factor
 * @param seed seed of the choice of lost neurons
 * @param healthyNeurons population size before the loss
 * @param survivors indices (into the healthy population) of the surviving neurons, ascending
 */
public record Lesion(double loss, double denervation, boolean compensation, double cap, long seed,
	int healthyNeurons, int[] survivors)
{
	/**
	 * Release per spike of a survivor relative to a healthy neuron: the terminals kept, times the
	 * compensation that makes up for lost release, up to {@code cap}.
	 */
	public double releaseScale() {
		double kept = (double) survivors.length / healthyNeurons * (1 - denervation);
		double boost = compensation && kept > 0 ? Math.min(cap, 1 / kept) : 1;
		return (1 - denervation) * Math.max(1, boost);
	}
}
