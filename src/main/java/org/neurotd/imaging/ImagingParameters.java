package org.neurotd.imaging;

import java.util.Locale;
import java.util.Objects;

import org.neurotd.params.InvalidParameterException;

/**
 * A two-photon calcium-imaging movie of one population (science notes, section 9).
 *
 * @param population the imaged population's name
 * @param widthPx width of the field of view (pixels)
 * @param heightPx height of the field of view (pixels)
 * @param pixelUm side of a pixel (um)
 * @param somaUm soma diameter (um)
 * @param densityPerMm2 labelled cells per mm2
 * @param indicator the calcium indicator
 * @param saturationSpikes spikes' worth of calcium at which dF/F is half its maximum
 * @param neuropil neuropil brightness as a fraction of a cell's resting brightness
 * @param brightnessPhotons mean photons per pixel per frame of a resting cell
 * @param readNoisePhotons read-noise standard deviation (photons)
 * @param driftUm standard deviation of the slow drift (um, 0 = none)
 * @param bleachS photobleaching time constant (s, 0 = none)
 * @param frameRateHz frames per second
 * @param trialCount the recording's first trials imaged (0 = all)
 * @param seed seed of placement and noise
 */
public record ImagingParameters(String population, int widthPx, int heightPx, double pixelUm, double somaUm,
	double densityPerMm2, Indicator indicator, double saturationSpikes, double neuropil, double brightnessPhotons,
	double readNoisePhotons, double driftUm, double bleachS, double frameRateHz, int trialCount, long seed)
{
	/** Smallest soma diameter in pixels that still draws as a disc. */
	public static final double MIN_SOMA_PX = 3;

	/** The defaults: a 256 x 256 um field of GCaMP6f cells at 30 Hz. */
	public static ImagingParameters defaults() {
		return ImagingKeys.BLOCK.defaults();
	}

	/** Validates the ranges and their combinations; each failure names the key. */
	public ImagingParameters {
		Objects.requireNonNull(population, "population");
		Objects.requireNonNull(indicator, "indicator");
		ImagingKeys.FOV_WIDTH.require(widthPx);
		ImagingKeys.FOV_HEIGHT.require(heightPx);
		ImagingKeys.PIXEL_UM.require(pixelUm);
		ImagingKeys.SOMA_UM.require(somaUm);
		ImagingKeys.DENSITY.require(densityPerMm2);
		ImagingKeys.SATURATION.require(saturationSpikes);
		ImagingKeys.NEUROPIL.require(neuropil);
		ImagingKeys.BRIGHTNESS.require(brightnessPhotons);
		ImagingKeys.READ_NOISE.require(readNoisePhotons);
		ImagingKeys.DRIFT_UM.require(driftUm);
		ImagingKeys.BLEACH_S.require(bleachS);
		ImagingKeys.FRAME_RATE.require(frameRateHz);
		ImagingKeys.TRIAL_COUNT.require(trialCount);
		if (frameRateHz < indicator.minFrameRateHz()) {
			throw new InvalidParameterException(ImagingKeys.FRAME_RATE.name(), frameRateHz, String.format(
				Locale.ROOT, "at least %.1f Hz for %s (one frame per %.0f ms half-decay), or a slower indicator",
				indicator.minFrameRateHz(), indicator.key(), indicator.halfDecayMs()));
		}
		double somaPx = somaUm / pixelUm;
		if (somaPx < MIN_SOMA_PX || somaPx > Math.min(widthPx, heightPx) / 2.0) {
			throw new InvalidParameterException(ImagingKeys.SOMA_UM.name(), somaUm, String.format(Locale.ROOT,
				"a soma from %.1f to %.1f um at pixel_um=%s (%.0f pixels to half the field of view)",
				MIN_SOMA_PX * pixelUm, Math.min(widthPx, heightPx) / 2.0 * pixelUm, pixelUm, MIN_SOMA_PX));
		}
	}

	/** Duration of a frame (ms). */
	public double frameMs() {
		return 1000 / frameRateHz;
	}

	/** Soma radius in pixels. */
	public double somaRadiusPx() {
		return somaUm / pixelUm / 2;
	}

	/** Area of the field of view (mm2). */
	public double areaMm2() {
		return widthPx * pixelUm / 1000 * heightPx * pixelUm / 1000;
	}
}
