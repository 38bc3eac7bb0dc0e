package org.neurotd.ij1;

import ij.gui.Roi;
import ij.io.RoiDecoder;

import java.awt.Point;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.neurotd.calcium.CellRoi;
import org.neurotd.params.InvalidParameterException;

/**
 * Reads an ImageJ ROI set (a .zip of .roi files, as the ROI Manager saves it, or a single .roi)
 * into the pixels each ROI contains, in the set's order, without a ROI Manager (so it runs
 * headless and in batch).
 */
public final class RoiSets {

	private RoiSets() {}

	/**
	 * The ROIs in {@code file}.
	 *
	 * @throws InvalidParameterException naming {@code rois} if the file holds no readable area ROI
	 */
	public static List<CellRoi> read(Path file) {
		if (!Files.isRegularFile(file)) throw new InvalidParameterException("rois", file, "an existing ROI set (.zip or .roi)");
		List<CellRoi> rois = new ArrayList<>();
		try {
			if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".roi")) {
				rois.add(cell(decode(Files.readAllBytes(file), file.getFileName().toString()), 1));
			}
			else {
				try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
					for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
						if (e.getName().toLowerCase(Locale.ROOT).endsWith(".roi")) {
							rois.add(cell(decode(zip.readAllBytes(), e.getName()), rois.size() + 1));
						}
					}
				}
			}
		}
		catch (IOException e) {
			throw new InvalidParameterException("rois", file, "a readable ROI set (" + e.getMessage() + ")");
		}
		if (rois.isEmpty()) throw new InvalidParameterException("rois", file, "a ROI set holding at least one ROI");
		return rois;
	}

	private static Roi decode(byte[] bytes, String entry) {
		Roi roi = RoiDecoder.openFromByteArray(bytes);
		if (roi == null) throw new InvalidParameterException("rois", "entry " + entry + " is not an ImageJ ROI");
		return roi;
	}

	private static CellRoi cell(Roi roi, int number) {
		String name = roi.getName() != null ? roi.getName() : "roi-" + number;
		if (!roi.isArea()) throw new InvalidParameterException("rois", "ROI " + name + " is a line or point, not an area");
		Point[] points = roi.getContainedPoints();
		int[] x = new int[points.length], y = new int[points.length];
		for (int i = 0; i < points.length; i++) {
			x[i] = points[i].x;
			y[i] = points[i].y;
		}
		if (points.length == 0) throw new InvalidParameterException("rois", "ROI " + name + " contains no pixel");
		return new CellRoi(name, x, y);
	}
}
