package org.neurotd.forecast;

/**
 * One probe sequence after training, per TD step: the learner's value and error, and the
 * recorded dopamine population's firing in that step (spikes per neuron per second, averaged
 * over the recorded trials).
 *
 * @param sequence the probe
 * @param value V(t)
 * @param delta the TD error
 * @param dopamineHz firing of the recorded population, read from its spikes
 */
public record ForecastCourse(Sequence sequence, double[] value, double[] delta, double[] dopamineHz) {}
