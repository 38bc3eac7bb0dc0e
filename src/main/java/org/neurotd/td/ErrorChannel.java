package org.neurotd.td;

/**
 * What the learner's synapses receive for a TD error. A healthy brain that learns from its own
 * error uses {@link #IDENTITY}; the striatal readout of a degraded population passes the error
 * through spikes, release and receptors.
 */
@FunctionalInterface
public interface ErrorChannel {

	/** The error passed on unchanged. */
	ErrorChannel IDENTITY = (step, delta) -> delta;

	/** The teaching signal the learner gets for the true error {@code delta} at {@code step}. */
	double transmit(int step, double delta);
}
