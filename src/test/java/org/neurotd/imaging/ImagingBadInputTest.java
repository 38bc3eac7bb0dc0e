package org.neurotd.imaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.population.SpikeRaster;

/** Inputs the movie cannot be made from stop it before anything is made, naming the key and what it takes. */
class ImagingBadInputTest {

	private static final SpikeRaster RASTER = Movies.poisson(20, 2, 500, 5, 1);

	@Test
	void aFrameRateTooLowForTheIndicatorNamesTheLowestItAllows() {
		InvalidParameterException e = assertThrows(InvalidParameterException.class,
			() -> Movies.parameters("indicator", "jgcamp8f", "frame_rate", 10.0));
		assertEquals("frame_rate", e.parameter());
		assertTrue(e.getMessage().contains("at least 14.9 Hz for jgcamp8f"), e.getMessage());
		Movies.parameters("indicator", "gcamp6s", "frame_rate", 10.0); // slow enough for GCaMP6s
	}

	@Test
	void somataThatDoNotFitAreRefused() {
		expect("density", () -> CalciumMovie.of(Movies.poisson(2000, 1, 200, 5, 1), Movies.parameters("density", 5000.0)));
		expect("density", () -> CalciumMovie.of(RASTER, Movies.parameters("density", 1.0, "fov_width", 32, "fov_height", 32)));
		expect("soma_um", () -> Movies.parameters("soma_um", 3.0, "pixel_um", 2.0));
		expect("soma_um", () -> Movies.parameters("soma_um", 60.0, "fov_width", 64, "fov_height", 64));
	}

	@Test
	void moreTrialsThanTheRecordingHasAreRefused() {
		expect("trial_count", () -> CalciumMovie.of(RASTER, Movies.parameters("trial_count", 3)));
	}

	@Test
	void anUnknownIndicatorNamesTheChoices() {
		InvalidParameterException e = expect("indicator", () -> Indicator.parse("gcamp9"));
		assertTrue(e.getMessage().contains("jgcamp8m"), e.getMessage());
	}

	private static InvalidParameterException expect(String key, Runnable run) {
		InvalidParameterException e = assertThrows(InvalidParameterException.class, run::run);
		assertEquals(key, e.parameter(), e.getMessage());
		return e;
	}
}
