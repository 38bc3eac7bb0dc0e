package org.neurotd.deliberation;

/**
 * One row of delay.csv: the choices at one deliberation delay and noise level, over seeds.
 *
 * @param delayMs deliberation delay
 * @param accuracy share of choices of the better option (mean over seeds)
 * @param rewardRate rewards per second of the session, delays and intertrial times included (mean over seeds)
 * @param noise the evidence noise level
 * @param accuracySem standard error of {@code accuracy} over seeds (NaN with one seed)
 * @param rewardRateSem standard error of {@code rewardRate} over seeds
 */
public record DelayPoint(int delayMs, double accuracy, double rewardRate, double noise, double accuracySem,
	double rewardRateSem) {}
