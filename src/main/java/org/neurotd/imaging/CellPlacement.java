package org.neurotd.imaging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.random.Rng;

/**
 * Places somata in the field of view without overlap, by random sequential addition: each new
 * centre is drawn uniformly and kept when it is at least a soma diameter plus a pixel from all
 * kept ones. The cells are a random subset of the population's neurons.
 */
public final class CellPlacement {

	/**
	 * Area share the discs may cover: random sequential addition of equal discs jams near 0.55,
	 * and slows down well before.
	 */
	public static final double MAX_COVER = 0.4;
	private static final int TRIES_PER_CELL = 10_000;

	private CellPlacement() {}

	/**
	 * The cells of a field of view imaging {@code available} neurons.
	 *
	 * @throws InvalidParameterException naming {@code density} when the cells do not fit
	 */
	public static List<ImagedCell> place(ImagingParameters p, int available, Rng rng) {
		int count = (int) Math.min(available, Math.round(p.densityPerMm2() * p.areaMm2()));
		double r = p.somaRadiusPx();
		double spacing = 2 * r + 1;
		double cover = count * Math.PI * (r + 0.5) * (r + 0.5) / ((double) p.widthPx() * p.heightPx());
		if (cover > MAX_COVER) throw crowded(p, r);
		if (count == 0) {
			throw new InvalidParameterException("density", p.densityPerMm2(), String.format(Locale.ROOT,
				"at least one cell in the %.3g mm2 field of view (density >= %.3g cells/mm2)", p.areaMm2(), 0.5 / p.areaMm2()));
		}
		int[] neurons = subset(available, count, rng.fork(0));
		Rng where = rng.fork(1);
		double[] xs = new double[count], ys = new double[count];
		for (int c = 0; c < count; c++) {
			int tries = 0;
			do {
				if (++tries > TRIES_PER_CELL) throw crowded(p, r);
				xs[c] = r + 1 + where.nextDouble() * (p.widthPx() - 2 * r - 2);
				ys[c] = r + 1 + where.nextDouble() * (p.heightPx() - 2 * r - 2);
			} while (overlaps(xs, ys, c, spacing));
		}
		List<ImagedCell> cells = new ArrayList<>(count);
		Rng bright = rng.fork(2);
		for (int c = 0; c < count; c++) {
			double rest = p.brightnessPhotons() * (0.75 + 0.5 * bright.nextDouble());
			cells.add(new ImagedCell(c + 1, neurons[c], xs[c], ys[c], r, rest));
		}
		return cells;
	}

	private static boolean overlaps(double[] xs, double[] ys, int c, double spacing) {
		for (int k = 0; k < c; k++) {
			if (Math.hypot(xs[c] - xs[k], ys[c] - ys[k]) < spacing) return true;
		}
		return false;
	}

	/** {@code count} of {@code 0..n-1}, ascending (a partial Fisher-Yates shuffle). */
	private static int[] subset(int n, int count, Rng rng) {
		int[] all = new int[n];
		for (int i = 0; i < n; i++) all[i] = i;
		for (int i = 0; i < count; i++) {
			int j = i + rng.nextInt(n - i);
			int t = all[i];
			all[i] = all[j];
			all[j] = t;
		}
		int[] chosen = Arrays.copyOf(all, count);
		Arrays.sort(chosen);
		return chosen;
	}

	private static InvalidParameterException crowded(ImagingParameters p, double r) {
		double most = MAX_COVER / (Math.PI * (r + 0.5) * (r + 0.5)) * p.widthPx() * p.heightPx() / p.areaMm2();
		return new InvalidParameterException("density", p.densityPerMm2(), String.format(Locale.ROOT,
			"at most about %.0f cells/mm2 of %s um somata without overlap (%.0f%% of the field covered)", most, p.somaUm(),
			100 * MAX_COVER));
	}
}
