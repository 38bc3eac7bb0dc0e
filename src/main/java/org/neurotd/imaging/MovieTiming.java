package org.neurotd.imaging;

/**
 * How a recording's trials map onto the movie's frames: the imaged trials run back to back
 * (trial {@code k} starts {@code k * trialMs} after the movie does) and frame {@code f} covers
 * {@code [f * frameMs, (f + 1) * frameMs)}; a partial last frame is left out.
 *
 * @param trials trials imaged
 * @param trialMs duration of one trial (ms)
 * @param frameMs duration of one frame (ms)
 */
public record MovieTiming(int trials, int trialMs, double frameMs) {

	/** Validates the sizes. */
	public MovieTiming {
		if (trials < 1 || trialMs < 1 || !(frameMs > 0)) {
			throw new IllegalArgumentException("timing needs trials, trial and frame durations: " + trials + ", " + trialMs
				+ ", " + frameMs);
		}
	}

	/** Frames in the movie (a last frame short by rounding alone, e.g. 60 s at 1000 / 30 ms, is kept). */
	public long frames() {
		return (long) Math.floor((double) trials * trialMs / frameMs + 1e-9);
	}

	/** Movie time (ms) of {@code timeMs} in trial {@code trial}. */
	public double movieMs(int trial, double timeMs) {
		return (double) trial * trialMs + timeMs;
	}

	/** The frame whose exposure holds movie time {@code movieMs}. */
	public long frame(double movieMs) {
		return (long) Math.floor(movieMs / frameMs);
	}

	/** The first frame that starts at or after trial {@code trial}'s start. */
	public long trialStartFrame(int trial) {
		return (long) Math.ceil(movieMs(trial, 0) / frameMs);
	}
}
