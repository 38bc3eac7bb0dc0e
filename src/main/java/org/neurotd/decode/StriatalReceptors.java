package org.neurotd.decode;

import java.util.Arrays;

import org.neurotd.release.StriatalRelease;
import org.neurotd.td.ErrorChannel;

/**
 * The striatum's view of a TD error. Each step's error makes the surviving neurons respond for
 * one burst window; its release at a striatal locus ({@link StriatalRelease}: spikes, release
 * events at the terminals, compensation), less the tonic level, is the teaching signal, on one
 * scale for both signs, so a pause, whose range is limited by the tonic rate, teaches less than a
 * burst of the same size (Bayer &amp; Glimcher 2005).
 * <p>
 * Receptor readout: plasticity is gated by receptor activation, which follows the phasic
 * concentration: one noisy draw of the release of the whole population response now under way
 * (the errors of the last burst window). Below the detection threshold nothing is learned, so
 * noise decides detection near it. Above it activation saturates, {@code c / (1 + c)} with
 * half activation at a full burst's concentration, and each step teaches in proportion to its
 * share: its release times {@code 1 / (1 + c)}, never more than the release itself.
 */
final class StriatalReceptors implements ErrorChannel {

	private final StriatalRelease release;
	private final ReadoutParameters readout;
	private final double[] recent;
	private double drive;

	StriatalReceptors(StriatalRelease release, int windowSteps, ReadoutParameters readout) {
		this.release = release;
		this.readout = readout;
		this.recent = new double[Math.max(1, windowSteps)];
	}

	@Override
	public double transmit(int step, double delta) {
		double estimate = release.phasic(delta);
		if (readout.readout() == Readout.LINEAR) return estimate;
		if (step == 0) {
			Arrays.fill(recent, 0);
			drive = 0;
		}
		int slot = step % recent.length;
		drive += delta - recent[slot];
		recent[slot] = delta;
		double level = Math.abs(release.phasic(drive));
		if (level < readout.threshold()) return 0;
		return estimate / (1 + level);
	}
}
