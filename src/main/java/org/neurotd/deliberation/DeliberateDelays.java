package org.neurotd.deliberation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;

/**
 * The deliberate-delay sweep (a hypothesis, the seed's proposal): for each noise level and delay,
 * each seed's agent makes its choices; accuracy is the share of better choices, and the reward rate
 * is the rewards (1 per better choice) over the session's time, each trial taking its delay plus
 * the intertrial time.
 */
public final class DeliberateDelays {

	/** The columns of delay.csv. */
	public static final String COLUMNS = "delay_ms,accuracy,reward_rate,noise,accuracy_sem,reward_rate_sem";

	private DeliberateDelays() {}

	/** Every cell, by noise level, then delay. */
	public static List<DelayPoint> run(DeliberationParameters p, Progress progress) {
		DeliberatingAgent agent = new DeliberatingAgent(p.sampleRateHz());
		Rng root = new Rng(p.seed());
		List<DelayPoint> out = new ArrayList<>();
		for (int n = 0; n < p.noiseLevels().size(); n++) {
			for (int d = 0; d < p.delaysMs().size(); d++) {
				progress.checkCancelled();
				progress.report("deliberation", out.size(), (long) p.noiseLevels().size() * p.delaysMs().size());
				out.add(cell(agent, p, n, d, root));
			}
		}
		return out;
	}

	private static DelayPoint cell(DeliberatingAgent agent, DeliberationParameters p, int n, int d, Rng root) {
		int delay = p.delaysMs().get(d);
		double noise = p.noiseLevels().get(n);
		SummaryStatistics accuracy = new SummaryStatistics(), rate = new SummaryStatistics();
		for (int s = 0; s < p.seeds(); s++) {
			Rng rng = root.fork(s, n, d);
			int better = 0;
			for (int k = 0; k < p.trials(); k++) if (agent.choosesBetter(delay, noise, rng.fork(k))) better++;
			double seconds = p.trials() * (delay + p.intertrialMs()) / 1000.0;
			accuracy.addValue((double) better / p.trials());
			rate.addValue(better / seconds);
		}
		return new DelayPoint(delay, accuracy.getMean(), rate.getMean(), noise, sem(accuracy), sem(rate));
	}

	private static double sem(SummaryStatistics s) {
		return s.getN() > 1 ? s.getStandardDeviation() / Math.sqrt(s.getN()) : Double.NaN;
	}

	/** delay.csv. */
	public static String csv(List<DelayPoint> points) {
		StringBuilder sb = new StringBuilder(COLUMNS).append('\n');
		for (DelayPoint q : points) {
			sb.append(q.delayMs()).append(String.format(Locale.ROOT, ",%.6g,%.6g,%s,%.6g,%.6g%n", q.accuracy(),
				q.rewardRate(), q.noise(), q.accuracySem(), q.rewardRateSem()));
		}
		return sb.toString();
	}
}
