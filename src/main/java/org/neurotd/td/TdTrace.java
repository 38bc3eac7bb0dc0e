package org.neurotd.td;

/**
 * Value and TD error over one trial, one entry per TD step.
 *
 * @param value V(t) at each step
 * @param delta the error delta(t) = r(t) + gamma V(t) - V(t-1)
 */
public record TdTrace(double[] value, double[] delta) {}
