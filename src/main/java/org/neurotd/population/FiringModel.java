package org.neurotd.population;

import org.neurotd.random.Rng;

/**
 * How a neuron's rate becomes spikes: a renewal process in operational time. The spike
 * generator integrates the neuron's rate (so that the integral counts expected spikes) and
 * places an event wherever it reaches the running sum of this model's intervals, which have
 * mean 1. The events thus follow the rate exactly on average, and the interval law sets their
 * regularity: exponential intervals give a Poisson process, gamma intervals a more regular one
 * (time rescaling). The refractory period and the latency jitter are the generator's, common to
 * every model.
 */
public interface FiringModel {

	/** The next interval, in expected spikes (mean 1). */
	double interval(Rng rng);

	/**
	 * The first event of a trial, in expected spikes: the time from an arbitrary moment to the
	 * next event of the stationary process (its forward recurrence time), so that a trial starts
	 * in the middle of ongoing firing rather than just after a spike.
	 */
	double first(Rng rng);
}
