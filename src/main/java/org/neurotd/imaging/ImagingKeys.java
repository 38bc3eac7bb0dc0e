package org.neurotd.imaging;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of a calcium-imaging movie ({@link ImagingParameters}), declared once. */
public final class ImagingKeys {

	private ImagingKeys() {}

	/** Largest side of the field of view (pixels). */
	public static final int MAX_SIDE_PX = 8192;

	/** Which population is imaged. */
	public static final Key<String> POPULATION = Key.text("population", "dopamine").label("Population")
		.describe("The recording's population whose neurons are imaged (dopamine, or serotonin in an opponent"
			+ " recording)");
	/** Width of the field of view. */
	public static final Key<Integer> FOV_WIDTH = Key.integer("fov_width", 256, 16, MAX_SIDE_PX).unit("pixels")
		.label("Field of view width").describe("Width of the movie");
	/** Height of the field of view. */
	public static final Key<Integer> FOV_HEIGHT = Key.integer("fov_height", 256, 16, MAX_SIDE_PX).unit("pixels")
		.label("Field of view height").describe("Height of the movie");
	/** Pixel size. */
	public static final Key<Double> PIXEL_UM = Key.numberAbove("pixel_um", 1, 0, 20).unit("um").label("Pixel size")
		.describe("Side of one pixel in the sample");
	/** Soma diameter. */
	public static final Key<Double> SOMA_UM = Key.number("soma_um", 15, 3, 100).unit("um").label("Soma diameter")
		.describe("Diameter of a cell body (midbrain dopamine neurons: about 12-25 um)");
	/** Cell density. */
	public static final Key<Double> DENSITY = Key.numberAbove("density", 400, 0, 100_000).unit("cells/mm2")
		.label("Cell density").describe("Labelled cells per square millimetre of the field of view (at most the"
			+ " population's neurons are placed)");
	/** The indicator preset. */
	public static final Key<String> INDICATOR = Key.choice("indicator", "gcamp6f", Indicator.keys().toArray(String[]::new))
		.label("Indicator").describe("Calcium indicator, with its published single-spike dF/F, rise and decay");
	/** Saturation of the indicator. */
	public static final Key<Double> SATURATION = Key.numberAbove("saturation", 20, 0, 10_000).unit("spikes")
		.label("Half-saturation").describe("Spikes' worth of bound calcium at which dF/F is half its maximum (dF/F ="
			+ " peak x c / (1 + c / saturation))");
	/** Neuropil brightness. */
	public static final Key<Double> NEUROPIL = Key.number("neuropil", 0.5, 0, 10).label("Neuropil brightness")
		.describe("Brightness of the neuropil the cells sit in, as a fraction of a cell's resting brightness; it"
			+ " follows the whole population's mean calcium");
	/** Photons at rest. */
	public static final Key<Double> BRIGHTNESS = Key.numberAbove("brightness", 10, 0, 100_000).unit("photons")
		.label("Brightness").describe("Mean photons per pixel per frame from a cell at rest (sets the shot noise)");
	/** Read noise. */
	public static final Key<Double> READ_NOISE = Key.number("read_noise", 1, 0, 10_000).unit("photons")
		.label("Read noise").describe("Standard deviation of the detector's read noise, in photon units");
	/** Slow motion. */
	public static final Key<Double> DRIFT_UM = Key.number("drift_um", 0, 0, 100).unit("um").label("Motion drift")
		.describe("Standard deviation of a slow random drift of the sample in x and y (0 = none)");
	/** Photobleaching. */
	public static final Key<Double> BLEACH_S = Key.number("bleach_s", 0, 0, 1e6).unit("s").label("Bleaching time")
		.describe("Time constant of the exponential loss of fluorescence to photobleaching (0 = none)");
	/** Frame rate. */
	public static final Key<Double> FRAME_RATE = Key.numberAbove("frame_rate", 30, 0, 1000).unit("Hz")
		.label("Frame rate").describe("Frames per second; at least one frame per half-decay of the indicator");
	/** Trials imaged. */
	public static final Key<Integer> TRIAL_COUNT = Key.integer("trial_count", 0, 0, 100_000).label("Trials imaged")
		.describe("The recording's first trials to image, back to back (0 = all)");
	/** Seed of cell placement and noise. */
	public static final Key<Long> SEED = Key.longInteger("seed", 1).label("Seed")
		.describe("Seed of the cell placement and the noise: the same seed gives the same movie, bit for bit, at any"
			+ " thread count");

	/** The imaging block. */
	public static final Block<ImagingParameters> BLOCK = new Block<>("imaging",
		List.of(POPULATION, FOV_WIDTH, FOV_HEIGHT, PIXEL_UM, SOMA_UM, DENSITY, INDICATOR, SATURATION, NEUROPIL, BRIGHTNESS,
			READ_NOISE, DRIFT_UM, BLEACH_S, FRAME_RATE, TRIAL_COUNT, SEED),
		v -> new ImagingParameters(v.get(POPULATION), v.get(FOV_WIDTH), v.get(FOV_HEIGHT), v.get(PIXEL_UM), v.get(SOMA_UM),
			v.get(DENSITY), Indicator.parse(v.get(INDICATOR)), v.get(SATURATION), v.get(NEUROPIL), v.get(BRIGHTNESS),
			v.get(READ_NOISE), v.get(DRIFT_UM), v.get(BLEACH_S), v.get(FRAME_RATE), v.get(TRIAL_COUNT), v.get(SEED)),
		p -> Values.none().with(POPULATION, p.population()).with(FOV_WIDTH, p.widthPx()).with(FOV_HEIGHT, p.heightPx())
			.with(PIXEL_UM, p.pixelUm()).with(SOMA_UM, p.somaUm()).with(DENSITY, p.densityPerMm2())
			.with(INDICATOR, p.indicator().key()).with(SATURATION, p.saturationSpikes()).with(NEUROPIL, p.neuropil())
			.with(BRIGHTNESS, p.brightnessPhotons()).with(READ_NOISE, p.readNoisePhotons()).with(DRIFT_UM, p.driftUm())
			.with(BLEACH_S, p.bleachS()).with(FRAME_RATE, p.frameRateHz()).with(TRIAL_COUNT, p.trialCount())
			.with(SEED, p.seed()));
}
