package org.neurotd.imaging;

import java.util.Arrays;
import java.util.List;

import org.neurotd.params.InvalidParameterException;

/**
 * Genetically encoded calcium indicators with their published single-spike kinetics (science
 * notes, section 9). jGCaMP8 numbers are the GENIE measurements of Zhang et al. 2023 (one action
 * potential in cultured neurons: peak dF/F, time to peak, half-decay from the peak; their half-rise
 * times, 7.1-10.1 ms, are not matched: a difference of exponentials with the right peak and decay
 * rises faster at first);
 * the GCaMP6 rows are approximate in-vivo values after Chen et al. 2013 (GCaMP6f decays in about
 * 0.3-0.5 s, GCaMP6s in about 0.7 s and more).
 */
public enum Indicator {

	/** Fast GCaMP6. */
	GCAMP6F("gcamp6f", 0.19, 80, 400),
	/** Slow, bright GCaMP6. */
	GCAMP6S("gcamp6s", 0.23, 180, 800),
	/** Fastest jGCaMP8. */
	JGCAMP8F("jgcamp8f", 0.41, 24.8, 67),
	/** Medium jGCaMP8. */
	JGCAMP8M("jgcamp8m", 0.76, 29.0, 118),
	/** Sensitive, slower jGCaMP8. */
	JGCAMP8S("jgcamp8s", 1.11, 57.0, 307);

	private final String key;
	private final double dffPerSpike;
	private final double timeToPeakMs;
	private final double halfDecayMs;

	Indicator(String key, double dffPerSpike, double timeToPeakMs, double halfDecayMs) {
		this.key = key;
		this.dffPerSpike = dffPerSpike;
		this.timeToPeakMs = timeToPeakMs;
		this.halfDecayMs = halfDecayMs;
	}

	/** The macro word, e.g. {@code jgcamp8f}. */
	public String key() {
		return key;
	}

	/** Peak dF/F of one spike. */
	public double dffPerSpike() {
		return dffPerSpike;
	}

	/** Published time from spike to peak (ms). */
	public double timeToPeakMs() {
		return timeToPeakMs;
	}

	/** Published time from the peak to half the peak (ms). */
	public double halfDecayMs() {
		return halfDecayMs;
	}

	/** The single-spike kernel with this indicator's time to peak and half-decay. */
	public CalciumKernel kernel() {
		return CalciumKernel.fit(timeToPeakMs, halfDecayMs, dffPerSpike);
	}

	/**
	 * The lowest frame rate that samples this indicator: one frame per half-decay, below which a
	 * spike's transient can fall between two frames.
	 */
	public double minFrameRateHz() {
		return 1000 / halfDecayMs;
	}

	/** The macro words of all indicators. */
	public static List<String> keys() {
		return Arrays.stream(values()).map(Indicator::key).toList();
	}

	/**
	 * The indicator called {@code key}.
	 *
	 * @throws InvalidParameterException naming {@code indicator} if there is none
	 */
	public static Indicator parse(String key) {
		for (Indicator i : values()) {
			if (i.key.equals(key)) return i;
		}
		throw new InvalidParameterException("indicator", key, "one of " + keys());
	}
}
