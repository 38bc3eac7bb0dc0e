package org.neurotd.forage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;
import org.neurotd.recording.Recording;

/**
 * The explore/exploit forager: the balance sweep in the restless bandit (off and on the
 * stimulant), the patch-leaving task at each richness, and the dopamine recording of the
 * forager of the chosen balance. Seed {@code s} of every balance faces the same world and the same
 * uniform draws, so balances differ only in how they choose.
 */
public final class Forager {

	/** Random stream names, forked from the master seed. */
	static final long WORLD_STREAM = 11, CHOICE_STREAM = 12, PATCH_STREAM = 13, SPIKES_STREAM = 14;

	/** The columns of forage.csv: the measures, then the stimulant, the bonus and the SEMs over seeds. */
	public static final String FORAGE_COLUMNS = "balance,beta," + String.join(",", Measures.COLUMNS)
		+ ",stimulant,bonus," + String.join(",", Measures.COLUMNS.stream().map(c -> c + "_sem").toList());
	/** The columns of patch.csv. */
	public static final String PATCH_COLUMNS = "richness,leave_time_s,mvt_leave_time_s,travel_s,leave_time_sem_s";

	private Forager() {}

	/**
	 * One point of the continuum.
	 *
	 * @param balance the forager's own balance
	 * @param stimulant the stimulant's dopamine rise (0 = off)
	 * @param modulation the choice rule at the balance on the stimulant
	 * @param mean the measures' means over seeds
	 * @param sem their within-world standard errors (every point faces the same worlds)
	 */
	public record Point(double balance, double stimulant, Modulation modulation, Measures mean, Measures sem) {}

	/**
	 * The patch task at one richness.
	 *
	 * @param richness patches per minute of travel
	 * @param travelS travel time between patches, s
	 * @param leaveTimeS mean leaving time over seeds, s
	 * @param leaveTimeSemS its standard error, s
	 * @param mvtLeaveTimeS the marginal value theorem's leaving time, s
	 */
	public record Patch(double richness, double travelS, double leaveTimeS, double leaveTimeSemS, double mvtLeaveTimeS) {}

	/**
	 * Everything the forager writes.
	 *
	 * @param continuum the sweep, off the stimulant then on it
	 * @param patches the patch task by richness
	 * @param recorded the recorded forager's session
	 * @param recording its dopamine neurons
	 */
	public record Result(List<Point> continuum, List<Patch> patches, BanditSession recorded, Recording recording) {}

	/** Runs {@code p}, spikes on {@code threads} threads. */
	public static Result run(ForageParameters p, int threads, Progress progress) {
		Rng rng = new Rng(p.seed());
		List<Point> continuum = new ArrayList<>();
		List<Double> doses = p.stimulant() > 0 ? List.of(0.0, p.stimulant()) : List.of(0.0);
		List<List<Measures>> byPoint = new ArrayList<>();
		List<Modulation> rules = new ArrayList<>();
		for (double dose : doses) {
			for (double b : p.balances()) {
				progress.checkCancelled();
				progress.report("bandit", byPoint.size(), doses.size() * p.balances().size());
				rules.add(Modulation.of(b * (1 + dose), p));
				byPoint.add(foragers(p, rules.get(rules.size() - 1), rng));
			}
		}
		List<Measures> sem = Measures.withinWorldSem(byPoint);
		for (int i = 0; i < byPoint.size(); i++) {
			double dose = doses.get(i / p.balances().size());
			continuum.add(new Point(p.balances().get(i % p.balances().size()), dose, rules.get(i),
				Measures.mean(byPoint.get(i)), sem.get(i)));
		}
		List<Patch> patches = new ArrayList<>();
		for (double richness : p.richness()) patches.add(patch(p, richness, rng));
		Recorded recorded = recorded(p, threads, progress);
		return new Result(continuum, patches, recorded.session(), recorded.recording());
	}

	/**
	 * The recorded forager's session and its dopamine neurons.
	 *
	 * @param session the forager of {@code balance} in the first world
	 * @param recording its dopamine neurons
	 */
	public record Recorded(BanditSession session, Recording recording) {}

	/** The forager of {@code p.balance()} in the sweep's first world, and its recording. */
	public static Recorded recorded(ForageParameters p, int threads, Progress progress) {
		Rng rng = new Rng(p.seed());
		BanditSession session = BanditSession.play(new RestlessBandit(p.trials(), rng.fork(WORLD_STREAM, 0)),
			Modulation.of(p.balance(), p), rng.fork(CHOICE_STREAM, 0));
		return new Recorded(session, ForagerRecording.of(session, p, rng.fork(SPIKES_STREAM), threads, progress));
	}

	/** The measures of one forager per world with choice rule {@code m}. */
	private static List<Measures> foragers(ForageParameters p, Modulation m, Rng rng) {
		List<Measures> seeds = new ArrayList<>(p.seeds());
		for (int s = 0; s < p.seeds(); s++) {
			RestlessBandit world = new RestlessBandit(p.trials(), rng.fork(WORLD_STREAM, s));
			seeds.add(BanditSession.play(world, m, rng.fork(CHOICE_STREAM, s)).measures());
		}
		return seeds;
	}

	private static Patch patch(ForageParameters p, double richness, Rng rng) {
		double travel = PatchForaging.travelS(richness);
		SummaryStatistics leave = new SummaryStatistics();
		for (int s = 0; s < p.seeds(); s++) leave.addValue(PatchForaging.meanLeaveTimeS(p, travel, rng.fork(PATCH_STREAM, s)));
		double sem = leave.getN() > 1 ? leave.getStandardDeviation() / Math.sqrt(leave.getN()) : Double.NaN;
		return new Patch(richness, travel, leave.getMean(), sem, PatchForaging.mvtLeaveTimeS(p.depletionS(), travel));
	}

	/** forage.csv. */
	public static String forageCsv(List<Point> continuum) {
		StringBuilder sb = new StringBuilder(FORAGE_COLUMNS).append('\n');
		for (Point c : continuum) {
			sb.append(c.balance()).append(',').append(c.modulation().beta());
			for (double v : c.mean().values()) sb.append(',').append(v);
			sb.append(',').append(c.stimulant()).append(',').append(c.modulation().bonus());
			for (double v : c.sem().values()) sb.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
			sb.append('\n');
		}
		return sb.toString();
	}

	/** patch.csv. */
	public static String patchCsv(List<Patch> patches) {
		StringBuilder sb = new StringBuilder(PATCH_COLUMNS).append('\n');
		for (Patch t : patches) {
			sb.append(t.richness()).append(',').append(t.leaveTimeS()).append(',').append(t.mvtLeaveTimeS()).append(',')
				.append(t.travelS()).append(',').append(Double.isNaN(t.leaveTimeSemS()) ? "" : t.leaveTimeSemS())
				.append('\n');
		}
		return sb.toString();
	}

	/** A line per point of the continuum, for the log. */
	public static String summary(Point c) {
		Measures m = c.mean();
		return String.format(Locale.ROOT, "balance %6.2f%s  beta %.3f  bonus %.2f  switches %.3f  reward %.2f  regret %.2f"
			+ "  random %.3f  directed %.3f", c.balance(), c.stimulant() > 0 ? " +stim" : "      ", c.modulation().beta(),
			c.modulation().bonus(), m.switchRate(), m.rewardPerTrial(), m.regret(), m.randomExploration(),
			m.directedExploration());
	}
}
