package org.neurotd.calcium;

import java.util.ArrayList;
import java.util.List;

/**
 * The neuropil annulus around each cell: the pixels near it that belong to no cell, whose mean
 * (Fneu) measures the out-of-focus background that also lies over the cell. Pixels within
 * {@link #GAP_PX} of any cell are left out (the cell's own light blurs into them); the ring
 * grows outward from the cell until it holds {@link #AREA_RATIO} times the cell's area, as
 * suite2p's annulus does, within {@link #MAX_RADIUS_RATIO} cell radii.
 */
public final class Neuropil {

	/** Pixels kept clear around every cell. */
	public static final int GAP_PX = 2;
	/** Ring area as a multiple of the cell's area. */
	public static final int AREA_RATIO = 4;
	/** Largest outer radius, in cell radii. */
	public static final int MAX_RADIUS_RATIO = 10;

	private Neuropil() {}

	/** The annulus of each ROI in a {@code width} x {@code height} image (possibly empty near crowded edges). */
	public static List<int[][]> annuli(List<CellRoi> rois, int width, int height) {
		boolean[] excluded = excluded(rois, width, height);
		List<int[][]> out = new ArrayList<>();
		for (CellRoi roi : rois) out.add(annulus(roi, excluded, width, height));
		return out;
	}

	private static boolean[] excluded(List<CellRoi> rois, int width, int height) {
		boolean[] excluded = new boolean[width * height];
		for (CellRoi roi : rois) {
			for (int i = 0; i < roi.area(); i++) {
				for (int dy = -GAP_PX; dy <= GAP_PX; dy++) {
					for (int dx = -GAP_PX; dx <= GAP_PX; dx++) {
						int x = roi.x()[i] + dx, y = roi.y()[i] + dy;
						if (x >= 0 && y >= 0 && x < width && y < height) excluded[y * width + x] = true;
					}
				}
			}
		}
		return excluded;
	}

	/** The ring's pixels as {x[], y[]}, in raster order (so sums add up in the same order every run). */
	private static int[][] annulus(CellRoi roi, boolean[] excluded, int width, int height) {
		double cx = roi.centreX(), cy = roi.centreY();
		double radius = Math.sqrt(roi.area() / Math.PI);
		int wanted = AREA_RATIO * roi.area();
		double outer = radius + GAP_PX + 1;
		int[][] ring = within(cx, cy, outer, excluded, width, height);
		while (ring[0].length < wanted && outer < MAX_RADIUS_RATIO * Math.max(1, radius)) {
			outer += 1;
			ring = within(cx, cy, outer, excluded, width, height);
		}
		return ring;
	}

	private static int[][] within(double cx, double cy, double r, boolean[] excluded, int width, int height) {
		int x0 = Math.max(0, (int) Math.floor(cx - r)), x1 = Math.min(width - 1, (int) Math.ceil(cx + r));
		int y0 = Math.max(0, (int) Math.floor(cy - r)), y1 = Math.min(height - 1, (int) Math.ceil(cy + r));
		List<int[]> pixels = new ArrayList<>();
		for (int y = y0; y <= y1; y++) {
			for (int x = x0; x <= x1; x++) {
				double dx = x - cx, dy = y - cy;
				if (dx * dx + dy * dy <= r * r && !excluded[y * width + x]) pixels.add(new int[] { x, y });
			}
		}
		int[][] ring = new int[2][pixels.size()];
		for (int i = 0; i < pixels.size(); i++) {
			ring[0][i] = pixels.get(i)[0];
			ring[1][i] = pixels.get(i)[1];
		}
		return ring;
	}
}
