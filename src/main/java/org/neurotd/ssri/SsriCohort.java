package org.neurotd.ssri;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurotd.population.NeuronParameters;
import org.neurotd.random.Rng;
import org.neurotd.release.ReleaseParameters;
import org.neurotd.release.StriatalRelease;
import org.neurotd.serotonin.Cue;
import org.neurotd.serotonin.OpponentMeasures;
import org.neurotd.serotonin.OpponentParameters;
import org.neurotd.serotonin.OpponentResult;
import org.neurotd.serotonin.OpponentSimulation;

/**
 * A cohort on and off an SSRI. Each subject is recorded twice, in two opponent sessions with
 * their own spikes (one off the drug, one on it); the drug changes what the dopamine terminals
 * release, not how the neurons fire. From each session's spikes, the responses to the reward cue
 * and to the punishment cue are read in the response window, as rate changes from the pre-cue
 * rate, and turned into errors with each channel's gain (dopamine: its burst gain; serotonin: its
 * gain). The reward error is what the dopamine terminals release ({@link StriatalRelease}, at its
 * expectation: the spikes carry the noise): dopamine, with a share
 * ({@link DopamineTransporter#serotoninShare}) of each release event replaced by serotonin, which
 * counts against it at the same synapses. The punishment error is the serotonin neurons' own.
 * With {@link SsriEffect#BOTH}, the raised serotonin above the spill level also lowers the
 * readout's sensitivity to both errors.
 */
public final class SsriCohort {

	/** Sensitivity loss per unit of serotonin above the spill level ({@link SsriEffect#BOTH}). */
	static final double SENSITIVITY_PER_EXCESS = 0.1;
	/** The response window after the cue (at 500 ms): the responses' latency and length. */
	static final int FROM_MS = 570, TO_MS = 720;

	/**
	 * One subject's decoded errors.
	 *
	 * @param subject 1-based subject number
	 * @param spillover the subject's spill-over coefficient
	 * @param rewardOff decoded reward error off the drug (error units)
	 * @param rewardOn on the drug
	 * @param punishmentOff decoded punishment error off the drug (positive = aversive)
	 * @param punishmentOn on the drug
	 */
	public record Subject(int subject, double spillover, double rewardOff, double rewardOn, double punishmentOff,
		double punishmentOn)
	{
		/** Reward blunting: 1 - reward_on / reward_off. */
		public double rewardBlunting() {
			return 1 - rewardOn / rewardOff;
		}

		/** Punishment blunting: 1 - punishment_on / punishment_off. */
		public double punishmentBlunting() {
			return 1 - punishmentOn / punishmentOff;
		}
	}

	private SsriCohort() {}

	/** Every subject of the cohort of {@code p}. */
	public static List<Subject> run(SsriParameters p) {
		Rng rng = new Rng(p.seed());
		double excess = DopamineTransporter.excess(p.dose(), p.spillLevel());
		double sensitivity = p.effect() == SsriEffect.BOTH ? 1 / (1 + SENSITIVITY_PER_EXCESS * excess) : 1;
		List<Subject> out = new ArrayList<>(p.subjects());
		for (int s = 0; s < p.subjects(); s++) {
			Rng subject = rng.fork(s);
			double spread = p.spilloverSpread();
			double spillover = p.spillover() * StrictMath.exp(spread * subject.fork(0).nextGaussian() - spread * spread / 2);
			double share = DopamineTransporter.serotoninShare(p.dose(), p.spillLevel(), spillover, p.datBlock());
			double[] off = errors(session(p, subject.fork(1).nextLong()), 0, 1, subject.fork(3));
			double[] on = errors(session(p, subject.fork(2).nextLong()), share, sensitivity, subject.fork(4));
			out.add(new Subject(s + 1, spillover, off[0], on[0], off[1], on[1]));
		}
		return out;
	}

	private static OpponentResult session(SsriParameters p, long seed) {
		OpponentParameters d = OpponentParameters.defaults();
		return OpponentSimulation.run(new OpponentParameters(p.neurons(), p.neurons(), 2, 40, d.training(),
			d.rewardProbability(), d.blockBias(), 0, d.cueExcitedFraction(), d.serotoninRateHz(), d.regularity(),
			d.tonicShiftHz(), d.tonicTauS(), seed));
	}

	/**
	 * The decoded reward and punishment errors of a session, for a co-release share and a
	 * sensitivity. The dopamine population's reward-cue response, in error units, drives release
	 * at a striatal locus whose terminals co-release that share of serotonin; the punishment error
	 * is the serotonin population's own response.
	 */
	private static double[] errors(OpponentResult r, double share, double sensitivity, Rng rng) {
		int cs = OpponentSimulation.TASK.csTimeMs();
		NeuronParameters dopamine = OpponentSimulation.dopamineNeuron();
		int n = r.dopamine().size();
		StriatalRelease release = new StriatalRelease(ReleaseParameters.defaults(), n * dopamine.baselineHz(),
			n * dopamine.burstHz(), n, 1, 1, share, dopamine, rng);
		double reward = OpponentMeasures.response(r.dopamineSpikes(), r.session(), Cue.REWARD, cs, FROM_MS, TO_MS)
			/ dopamine.burstHz();
		double punishment = OpponentMeasures.response(r.serotoninSpikes(), r.session(), Cue.PUNISHMENT, cs, FROM_MS, TO_MS)
			/ OpponentSimulation.SEROTONIN_GAIN_HZ;
		return new double[] { sensitivity * release.expectedPhasic(reward), sensitivity * punishment };
	}

	/** cohort.csv: subject,spillover,reward_off,reward_on,punishment_off,punishment_on. */
	public static String csv(List<Subject> subjects) {
		StringBuilder sb = new StringBuilder("subject,spillover,reward_off,reward_on,punishment_off,punishment_on\n");
		for (Subject s : subjects) {
			sb.append(s.subject()).append(String.format(Locale.ROOT, ",%.6g,%.6g,%.6g,%.6g,%.6g%n", s.spillover(),
				s.rewardOff(), s.rewardOn(), s.punishmentOff(), s.punishmentOn()));
		}
		return sb.toString();
	}
}
