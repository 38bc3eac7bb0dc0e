package org.neurotd.delay;

/**
 * One row of delays.csv: the dopamine responses after training at one CS-reward delay with one
 * representation, read from the spikes (firing in the window after the event minus firing before
 * the CS, Hz per neuron; a dip is negative).
 *
 * @param delayMs CS-reward delay
 * @param representation the representation's key
 * @param csHz response to the CS
 * @param rewardHz response to the reward at its usual time
 * @param omissionHz response at the time the reward was due, on omitted trials
 * @param csSem standard error of {@code csHz} over the recorded trials (rewardSem, omissionSem alike)
 */
public record DelayResponse(int delayMs, String representation, double csHz, double rewardHz, double omissionHz,
	double csSem, double rewardSem, double omissionSem) {}
