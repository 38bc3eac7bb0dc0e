package org.neurotd.imaging;

/**
 * The fluorescence transient of one spike: a difference of exponentials,
 * {@code dffPerSpike * (exp(-t / decayMs) - exp(-t / riseMs)) / peak}, scaled so that its
 * maximum is {@code dffPerSpike}.
 *
 * @param riseMs rise time constant (ms)
 * @param decayMs decay time constant (ms), larger than {@code riseMs}
 * @param dffPerSpike peak dF/F of one spike
 */
public record CalciumKernel(double riseMs, double decayMs, double dffPerSpike) {

	/** Validates the time constants. */
	public CalciumKernel {
		if (!(riseMs > 0 && decayMs > riseMs && dffPerSpike > 0)) {
			throw new IllegalArgumentException("kernel needs 0 < rise < decay and a positive amplitude: " + riseMs + ", "
				+ decayMs + ", " + dffPerSpike);
		}
	}

	/**
	 * The kernel whose peak comes {@code timeToPeakMs} after the spike and halves
	 * {@code halfDecayMs} after the peak. The ratio of the two fixes rise / decay (found by
	 * bisection: the ratio falls monotonically as rise approaches decay), the time to peak then
	 * fixes the scale.
	 */
	public static CalciumKernel fit(double timeToPeakMs, double halfDecayMs, double dffPerSpike) {
		double target = halfDecayMs / timeToPeakMs;
		if (!(target > unitHalfDecay(1 - 1e-9) / unitPeak(1 - 1e-9))) {
			throw new IllegalArgumentException("a half-decay of " + halfDecayMs + " ms is too short for a time to peak of "
				+ timeToPeakMs + " ms");
		}
		double lo = 1e-9, hi = 1 - 1e-9;
		for (int i = 0; i < 200; i++) {
			double mid = (lo + hi) / 2;
			if (unitHalfDecay(mid) / unitPeak(mid) > target) lo = mid;
			else hi = mid;
		}
		double ratio = (lo + hi) / 2;
		double decay = timeToPeakMs / unitPeak(ratio);
		return new CalciumKernel(ratio * decay, decay, dffPerSpike);
	}

	/** Time to peak of the unit-decay kernel with rise = {@code ratio}. */
	private static double unitPeak(double ratio) {
		return ratio * StrictMath.log(1 / ratio) / (1 - ratio);
	}

	/** Time from peak to half peak of the unit-decay kernel with rise = {@code ratio}. */
	private static double unitHalfDecay(double ratio) {
		double peak = unitPeak(ratio);
		double half = shape(peak, ratio, 1) / 2;
		double lo = peak, hi = peak + 50;
		for (int i = 0; i < 200; i++) {
			double mid = (lo + hi) / 2;
			if (shape(mid, ratio, 1) > half) lo = mid;
			else hi = mid;
		}
		return (lo + hi) / 2 - peak;
	}

	private static double shape(double t, double rise, double decay) {
		return StrictMath.exp(-t / decay) - StrictMath.exp(-t / rise);
	}

	/** Time from spike to peak (ms). */
	public double timeToPeakMs() {
		return riseMs * decayMs / (decayMs - riseMs) * StrictMath.log(decayMs / riseMs);
	}

	/** Height of the unscaled difference of exponentials at its peak. */
	public double peak() {
		return shape(timeToPeakMs(), riseMs, decayMs);
	}

	/** dF/F {@code tMs} after a spike (0 before it). */
	public double value(double tMs) {
		return tMs < 0 ? 0 : dffPerSpike * shape(tMs, riseMs, decayMs) / peak();
	}
}
