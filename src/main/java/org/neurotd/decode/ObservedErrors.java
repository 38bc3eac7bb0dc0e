package org.neurotd.decode;

/**
 * The TD error an observer decodes from the recording itself, per TD step (shifted back by the
 * response latency so it lines up with the event), averaged over trials; and how well the
 * CS response stands out from baseline noise.
 *
 * @param timeMs start of each step in ms
 * @param all decoded error over all trials
 * @param rewarded over rewarded trials ({@code NaN} where there are none)
 * @param omitted over omission trials ({@code NaN} where there are none)
 * @param dprime discriminability of the CS response from baseline
 */
public record ObservedErrors(int[] timeMs, double[] all, double[] rewarded, double[] omitted, double dprime) {}
