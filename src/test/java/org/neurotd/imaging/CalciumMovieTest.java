package org.neurotd.imaging;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.imglib2.RandomAccess;
import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.img.cell.Cell;
import net.imglib2.img.cell.LazyCellImg;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.apache.commons.math3.fitting.SimpleCurveFitter;
import org.apache.commons.math3.fitting.WeightedObservedPoints;
import org.apache.commons.math3.analysis.ParametricUnivariateFunction;
import org.junit.jupiter.api.Test;
import org.neurotd.population.SpikeRaster;

/** The movie against what it was made from: cells, their placement, an isolated cell's transient, its blocks. */
class CalciumMovieTest {

	@Test
	void cellsAreAsDenseAsAskedInsideTheFieldAndNeverOverlap() {
		for (long seed = 1; seed <= 3; seed++) {
			ImagingParameters p = Movies.parameters("fov_width", 200, "fov_height", 120, "pixel_um", 1.5, "density", 500.0,
				"seed", seed);
			CalciumMovie m = CalciumMovie.of(Movies.poisson(200, 1, 500, 5, seed), p);
			List<ImagedCell> cells = m.cells();
			assertEquals(Math.round(500 * p.areaMm2()), cells.size());
			for (ImagedCell a : cells) {
				double r = a.radiusPx();
				assertTrue(a.xPx() - r >= 0 && a.xPx() + r <= 200 && a.yPx() - r >= 0 && a.yPx() + r <= 120, a.toString());
				for (ImagedCell b : cells) {
					if (a != b) assertTrue(Math.hypot(a.xPx() - b.xPx(), a.yPx() - b.yPx()) > 2 * r, a + " overlaps " + b);
				}
			}
			assertEquals(cells.size(), cells.stream().mapToInt(ImagedCell::neuron).distinct().count());
		}
	}

	@Test
	void fewerNeuronsThanTheDensityAsksForAreAllImaged() {
		CalciumMovie m = CalciumMovie.of(Movies.poisson(5, 1, 500, 5, 1), Movies.parameters());
		assertEquals(List.of(0, 1, 2, 3, 4), m.cells().stream().map(ImagedCell::neuron).toList());
	}

	/**
	 * A lone cell firing once: the mean of its ROI's pixels, as dF/F over its pre-spike frames,
	 * peaks at the indicator's single-spike dF/F and decays with the kernel's time constant
	 * (fitted by Commons Math on the frames after the peak).
	 */
	@Test
	void anIsolatedCellsDffHasTheKernelsAmplitudeAndDecay() {
		for (Indicator indicator : List.of(Indicator.GCAMP6F, Indicator.JGCAMP8M)) {
			ImagingParameters p = Movies.parameters("fov_width", 32, "fov_height", 32, "density", 1000.0, "indicator",
				indicator.key(), "brightness", 2000.0, "neuropil", 0.0, "read_noise", 0.0, "saturation", 10_000.0,
				"frame_rate", 100.0);
			int spikeMs = 1000;
			CalciumMovie m = CalciumMovie.of(Movies.oneSpike(3000, spikeMs), p);
			assertEquals(1, m.cells().size());
			double[] f = roiMeans(m, m.cells().get(0));
			double f0 = 0;
			int before = (int) (spikeMs / p.frameMs()) - 1;
			for (int i = 0; i < before; i++) f0 += f[i] / before;
			double[] dff = new double[f.length];
			int peak = 0;
			for (int i = 0; i < f.length; i++) {
				dff[i] = f[i] / f0 - 1;
				if (dff[i] > dff[peak]) peak = i;
			}
			assertEquals(indicator.dffPerSpike(), dff[peak], 0.1 * indicator.dffPerSpike(), indicator.key() + " peak");
			CalciumKernel k = indicator.kernel();
			WeightedObservedPoints points = new WeightedObservedPoints();
			for (int i = peak + (int) (3 * k.riseMs() / p.frameMs()) + 1; i < f.length; i++) {
				points.add((i + 0.5) * p.frameMs() - spikeMs, dff[i]);
			}
			double[] fit = SimpleCurveFitter.create(new Exponential(), new double[] { indicator.dffPerSpike(), 200 })
				.fit(points.toList());
			assertEquals(k.decayMs(), fit[1], 0.05 * k.decayMs(), indicator.key() + " decay");
		}
	}

	/** The published half-decay comes back from the fitted kernel, and the peak from its time to peak. */
	@Test
	void kernelsHaveThePublishedTimeToPeakAndHalfDecay() {
		for (Indicator i : Indicator.values()) {
			CalciumKernel k = i.kernel();
			assertEquals(i.timeToPeakMs(), k.timeToPeakMs(), 1e-6 * i.timeToPeakMs(), i.key());
			assertEquals(i.dffPerSpike(), k.value(k.timeToPeakMs()), 1e-12, i.key());
			assertEquals(i.dffPerSpike() / 2, k.value(k.timeToPeakMs() + i.halfDecayMs()), 1e-6, i.key());
		}
	}

	/** Every block of the lazy image, read in reverse order, is the frame's rows as {@link CalciumMovie#plane} makes them. */
	@Test
	void blocksAreTheSameInAnyOrder() {
		ImagingParameters p = Movies.parameters("fov_width", 300, "fov_height", 500, "drift_um", 3.0, "bleach_s", 5.0);
		SpikeRaster raster = Movies.poisson(50, 1, 400, 10, 2);
		CalciumMovie m = CalciumMovie.of(raster, p);
		LazyCellImg<UnsignedShortType, ShortArray> img = m.image();
		var cells = img.getCells();
		assertTrue(cells.dimension(1) > 1, "several blocks per frame");
		RandomAccess<Cell<ShortArray>> a = cells.randomAccess();
		for (long f = m.frames() - 1; f >= 0; f--) {
			short[] plane = m.plane((int) f);
			for (long b = cells.dimension(1) - 1; b >= 0; b--) {
				a.setPosition(new long[] { 0, b, f });
				short[] block = a.get().getData().getCurrentStorageArray();
				int from = (int) (b * img.getCellGrid().cellDimension(1) * 300);
				short[] expected = java.util.Arrays.copyOfRange(plane, from, from + block.length);
				assertArrayEquals(expected, block, "frame " + f + " block " + b);
			}
		}
	}

	/** Without spikes, the light falls as exp(-t / bleach_s); with drift, the cell's centre of light wanders. */
	@Test
	void bleachingDimsAndDriftMovesTheField() {
		SpikeRaster silent = new SpikeRaster(1, 1, 30_000, new int[] { 0, 0 }, new int[0]);
		ImagingParameters p = Movies.parameters("fov_width", 32, "fov_height", 32, "density", 1000.0, "brightness", 500.0,
			"read_noise", 0.0, "bleach_s", 20.0, "drift_um", 2.0, "frame_rate", 10.0);
		CalciumMovie m = CalciumMovie.of(silent, p);
		double[] first = light(m.plane(0)), last = light(m.plane(m.frames() - 1));
		assertEquals(Math.exp(-(m.frames() - 1) * p.frameMs() / 20_000), last[0] / first[0], 0.01, "bleaching");
		double most = 0;
		for (int f = 0; f < m.frames(); f += 10) {
			double[] l = light(m.plane(f));
			most = Math.max(most, Math.hypot(l[1] - first[1], l[2] - first[2]));
		}
		assertTrue(most > 0.3 && most < 5 * 2.0 / p.pixelUm(), "the centre of light moved " + most + " pixels");
	}

	/** Photons above the offset, and the x and y of their centre. */
	private static double[] light(short[] plane) {
		double sum = 0, x = 0, y = 0;
		for (int i = 0; i < plane.length; i++) {
			double v = (plane[i] & 0xffff) - CalciumMovie.OFFSET;
			sum += v;
			x += v * (i % 32);
			y += v * (i / 32);
		}
		return new double[] { sum, x / sum, y / sum };
	}

	private static double[] roiMeans(CalciumMovie m, ImagedCell c) {
		double[] f = new double[m.frames()];
		int w = m.parameters().widthPx();
		for (int frame = 0; frame < f.length; frame++) {
			short[] plane = m.plane(frame);
			double sum = 0;
			int n = 0;
			for (int i = 0; i < plane.length; i++) {
				if (Math.hypot(i % w + 0.5 - c.xPx(), i / w + 0.5 - c.yPx()) <= c.radiusPx() - 1) {
					sum += (plane[i] & 0xffff) - CalciumMovie.OFFSET;
					n++;
				}
			}
			f[frame] = sum / n;
		}
		return f;
	}

	/** a exp(-t / tau). */
	private static final class Exponential implements ParametricUnivariateFunction {
		@Override
		public double value(double t, double... q) {
			return q[0] * Math.exp(-t / q[1]);
		}

		@Override
		public double[] gradient(double t, double... q) {
			double e = Math.exp(-t / q[1]);
			return new double[] { e, q[0] * e * t / (q[1] * q[1]) };
		}
	}
}
