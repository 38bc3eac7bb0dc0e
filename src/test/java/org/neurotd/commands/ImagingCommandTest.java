package org.neurotd.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ij.IJ;
import ij.ImagePlus;
import ij.gui.Roi;
import ij.measure.Calibration;
import ij.io.RoiDecoder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.imaging.CalciumMovie;
import org.neurotd.imaging.MovieMetadata;
import org.neurotd.population.SpikeRaster;
import org.neurotd.recording.Recording;
import org.neurotd.recording.RecordingMetadata;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * The files {@code imaging} writes, read back as a user would: the movie opens calibrated with
 * its Info, the ROI Manager opens the ROIs where cells.csv puts the cells, the ground-truth tables
 * hold the recording's spikes, and the movie is the same bytes at one and at three threads.
 */
class ImagingCommandTest {

	@Test
	void writesACalibratedMovieWithItsRoisAndGroundTruth(@TempDir Path dir) throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			CommandService commands = context.service(CommandService.class);
			HeadlessRun.completed(commands, SimulatePopulation.class, "neurons", 60, "trials", 2, "training", 20, "output",
				dir.resolve("sim").toFile());
			String recording = dir.resolve("sim/raster.tif").toString();
			Object[] inputs = { "recording", recording, "fov_width", 120, "fov_height", 80, "pixel_um", 1.25, "density",
				900.0, "trial_count", 1, "frame_rate", 20.0, "drift_um", 1.0 };
			run(commands, dir.resolve("one"), inputs, 1);
			run(commands, dir.resolve("three"), inputs, 3);
			assertArrayEquals(Files.readAllBytes(dir.resolve("one/movie.tif")), Files.readAllBytes(dir.resolve("three/movie.tif")),
				"same seed, same movie at 1 and 3 threads");

			Path out = dir.resolve("one");
			ImagePlus movie = IJ.openImage(out.resolve("movie.tif").toString());
			assertEquals(16, movie.getBitDepth());
			assertEquals(60, movie.getNFrames(), "3000 ms at 20 Hz");
			Calibration cal = movie.getCalibration();
			assertEquals(1.25, cal.pixelWidth, 1e-12);
			assertEquals("ms", cal.getTimeUnit());
			assertEquals(50, cal.frameInterval, 1e-12);
			String info = movie.getInfoProperty();
			assertTrue(info.startsWith(MovieMetadata.HEADER), info);
			assertTrue(info.contains("imaging.seed = 1\n") && info.contains("imaging.trial_start_frames = 0\n"), info);
			Recording source = RecordingImages.open(dir.resolve("sim/raster.tif"));
			assertEquals(source.events(), RecordingMetadata.describe(info.substring(info.indexOf(RecordingMetadata.HEADER)))
				.events(), "the source recording's events are in the movie's Info");

			List<String[]> cells = rows(out.resolve("cells.csv"));
			assertEquals(Math.round(900 * 0.15 * 0.1), cells.size(), "density x area");
			Roi[] rois = zipRois(out.resolve("rois.zip"));
			assertEquals(cells.size(), rois.length);
			for (int i = 0; i < rois.length; i++) {
				String[] c = cells.get(i);
				assertEquals(c[1], rois[i].getName());
				var bounds = rois[i].getFloatBounds();
				assertEquals(Double.parseDouble(c[4]), bounds.getCenterX(), 1e-3, c[1] + " x");
				assertEquals(Double.parseDouble(c[5]), bounds.getCenterY(), 1e-3, c[1] + " y");
				assertEquals(2 * Double.parseDouble(c[6]), bounds.width, 1e-3, c[1] + " diameter");
			}

			SpikeRaster raster = source.dopamine().raster();
			long spikes = cells.stream().mapToLong(c -> raster.count(0, Integer.parseInt(c[3]))).sum();
			assertEquals(spikes, rows(out.resolve("spikes.csv")).size(), "every imaged cell's spikes of the trial");
			List<String[]> truth = rows(out.resolve("truth.csv"));
			assertEquals(60 * cells.size(), truth.size());
			assertEquals(spikes, truth.stream().mapToLong(r -> Long.parseLong(r[2])).sum());
			assertTrue(Files.readString(out.resolve("run.properties")).contains("parameter.indicator = gcamp6f"));
			assertTrue(Files.size(out.resolve("frame.png")) > 1000);
			assertEquals(CalciumMovie.OFFSET, Integer.parseInt(value(info, "imaging.offset")));
		}
	}

	/**
	 * sample-data/calcium is what the command makes today from sample-data/healthy.tif, byte for
	 * byte (frame.png aside: its text is drawn with the platform's fonts).
	 */
	@Test
	void theSampleMovieIsWhatTheCommandMakes(@TempDir Path dir) throws Exception {
		try (Context context = new Context(CommandService.class, StatusService.class)) {
			HeadlessRun.completed(context.service(CommandService.class), ImagingCommand.class, "recording",
				"sample-data/healthy.tif", "fov_width", 64, "fov_height", 64, "density", 2000.0, "trial_count", 1, "output",
				dir.toFile());
			for (String file : List.of("movie.tif", "rois.zip", "cells.csv", "spikes.csv", "truth.csv")) {
				assertArrayEquals(Files.readAllBytes(Path.of("sample-data/calcium", file)), Files.readAllBytes(dir.resolve(file)),
					file + " (regenerate with the command in sample-data/README.md)");
			}
		}
	}

	private static void run(CommandService commands, Path out, Object[] inputs, int threads) throws Exception {
		Object[] all = java.util.Arrays.copyOf(inputs, inputs.length + 4);
		all[inputs.length] = "threads";
		all[inputs.length + 1] = threads;
		all[inputs.length + 2] = "output";
		all[inputs.length + 3] = out.toFile();
		HeadlessRun.completed(commands, ImagingCommand.class, all);
	}

	/** The ROIs of a RoiSet zip, decoded entry by entry as the ROI Manager's Open does (it needs a display). */
	static Roi[] zipRois(Path zip) throws Exception {
		List<Roi> rois = new java.util.ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				assertTrue(e.getName().endsWith(".roi"), e.getName());
				Roi roi = new RoiDecoder(in.readAllBytes(), e.getName()).getRoi();
				rois.add(roi);
			}
		}
		return rois.toArray(Roi[]::new);
	}

	private static String value(String info, String key) {
		for (String line : info.split("\n")) {
			if (line.startsWith(key + " = ")) return line.substring(key.length() + 3);
		}
		throw new AssertionError("no " + key);
	}

	private static List<String[]> rows(Path csv) throws Exception {
		List<String> lines = Files.readAllLines(csv);
		return lines.subList(1, lines.size()).stream().map(l -> l.split(",")).toList();
	}
}
