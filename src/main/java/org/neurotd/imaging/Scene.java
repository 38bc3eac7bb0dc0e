package org.neurotd.imaging;

import java.util.List;

import org.neurotd.random.Rng;

/**
 * What the microscope looks at, without noise: a neuropil whose resting brightness varies
 * smoothly in space, the somata in it, a slow drift of the whole sample (an Ornstein-Uhlenbeck
 * walk, {@link #DRIFT_TAU_MS}) and photobleaching. The drift is computed for every frame up front,
 * so the expected photons of any block depend on its indices only.
 */
final class Scene {

	/** Time constant of the drift (ms). */
	static final double DRIFT_TAU_MS = 10_000;
	/** Relative amplitude of the neuropil's spatial variation. */
	static final double NEUROPIL_VARIATION = 0.15;
	/** Wavelength of the neuropil's spatial variation (um). */
	static final double NEUROPIL_WAVELENGTH_UM = 80;
	/** Share of the neuropil's light a soma's volume displaces. */
	static final double SOMA_DISPLACES = 0.3;
	private static final int WAVES = 4;

	private final ImagingParameters p;
	private final double[] dx, dy;
	private final int margin;
	private final int mapWidth;
	private final float[] neuropil;

	private Scene(ImagingParameters p, double[] dx, double[] dy, int margin, float[] neuropil) {
		this.p = p;
		this.dx = dx;
		this.dy = dy;
		this.margin = margin;
		this.mapWidth = p.widthPx() + 2 * margin;
		this.neuropil = neuropil;
	}

	/** The scene of {@code frames} frames, its neuropil pattern and drift drawn from {@code rng}. */
	static Scene of(ImagingParameters p, int frames, Rng rng) {
		double[] dx = new double[frames], dy = new double[frames];
		int margin = 0;
		if (p.driftUm() > 0) {
			drift(p, dx, rng.fork(0));
			drift(p, dy, rng.fork(1));
			for (int f = 0; f < frames; f++) margin = (int) Math.max(margin, Math.ceil(Math.max(Math.abs(dx[f]), Math.abs(dy[f]))));
		}
		return new Scene(p, dx, dy, margin, neuropilMap(p, margin, rng.fork(2)));
	}

	private static void drift(ImagingParameters p, double[] d, Rng rng) {
		double a = StrictMath.exp(-p.frameMs() / DRIFT_TAU_MS);
		double step = p.driftUm() / p.pixelUm() * StrictMath.sqrt(1 - a * a);
		for (int f = 1; f < d.length; f++) d[f] = a * d[f - 1] + step * rng.nextGaussian();
	}

	/** Resting neuropil photons over the field and a margin for the drift: a few random plane waves. */
	private static float[] neuropilMap(ImagingParameters p, int margin, Rng rng) {
		int w = p.widthPx() + 2 * margin, h = p.heightPx() + 2 * margin;
		double[] kx = new double[WAVES], ky = new double[WAVES], phase = new double[WAVES];
		double k = 2 * StrictMath.PI * p.pixelUm() / NEUROPIL_WAVELENGTH_UM;
		for (int i = 0; i < WAVES; i++) {
			double angle = 2 * StrictMath.PI * rng.nextDouble();
			kx[i] = k * StrictMath.cos(angle);
			ky[i] = k * StrictMath.sin(angle);
			phase[i] = 2 * StrictMath.PI * rng.nextDouble();
		}
		double rest = p.neuropil() * p.brightnessPhotons();
		float[] map = new float[w * h];
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				double s = 0;
				for (int i = 0; i < WAVES; i++) s += StrictMath.cos(kx[i] * x + ky[i] * y + phase[i]);
				map[y * w + x] = (float) (rest * (1 + NEUROPIL_VARIATION * s / Math.sqrt(WAVES / 2.0)));
			}
		}
		return map;
	}

	/** Bytes held. */
	long bytes() {
		return 16L * dx.length + 4L * neuropil.length;
	}

	/** Expected photons of rows {@code [row, row + rows)} of frame {@code frame}. */
	double[] photons(int frame, int row, int rows, CalciumTraces traces, List<ImagedCell> cells) {
		int w = p.widthPx();
		double bleach = p.bleachS() > 0 ? StrictMath.exp(-(frame + 0.5) * p.frameMs() / (1000 * p.bleachS())) : 1;
		double np = bleach * (1 + traces.neuropil(frame));
		int sx = (int) Math.round(dx[frame]), sy = (int) Math.round(dy[frame]);
		double[] out = new double[w * rows];
		for (int y = 0; y < rows; y++) {
			int from = (row + y - sy + margin) * mapWidth + margin - sx;
			for (int x = 0; x < w; x++) out[y * w + x] = np * neuropil[from + x];
		}
		for (int c = 0; c < cells.size(); c++) {
			addCell(out, row, rows, cells.get(c), frame, bleach * (1 + traces.cell(c, frame)));
		}
		return out;
	}

	private void addCell(double[] out, int row, int rows, ImagedCell cell, int frame, double gain) {
		int w = p.widthPx();
		double cx = cell.xPx() + dx[frame], cy = cell.yPx() + dy[frame], r = cell.radiusPx();
		int y0 = Math.max(row, (int) Math.floor(cy - r - 1)), y1 = Math.min(row + rows, (int) Math.ceil(cy + r + 1));
		int x0 = Math.max(0, (int) Math.floor(cx - r - 1)), x1 = Math.min(w, (int) Math.ceil(cx + r + 1));
		double rest = cell.restPhotons() * gain;
		for (int y = y0; y < y1; y++) {
			for (int x = x0; x < x1; x++) {
				double ex = x + 0.5 - cx, ey = y + 0.5 - cy;
				double d = Math.sqrt(ex * ex + ey * ey);
				double cover = ImagedCell.cover(d, r);
				if (cover <= 0) continue;
				int i = (y - row) * w + x;
				out[i] = out[i] * (1 - SOMA_DISPLACES * cover) + rest * ImagedCell.profile(cover, d, r);
			}
		}
	}
}
