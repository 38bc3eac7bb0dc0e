package org.neurotd.imaging;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

import net.imglib2.img.basictypeaccess.array.ShortArray;
import net.imglib2.img.cell.Cell;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.img.cell.LazyCellImg;
import net.imglib2.type.numeric.integer.UnsignedShortType;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.MemoryBudget;
import org.neurotd.population.SpikeRaster;
import org.neurotd.random.QuantileTable;
import org.neurotd.random.Rng;
import org.neurotd.recording.RecordedPopulation;
import org.neurotd.recording.Recording;

/**
 * A two-photon movie (x, y, frame) of imaged cells in their neuropil, as a lazily generated
 * ImgLib2 image of 16-bit pixels: each block (a band of rows of one frame) is rendered when it is
 * read, from its expected photon counts and a random stream forked by the block's indices, so
 * every block is the same whichever thread renders it and in whatever order, and nothing is kept.
 * <p>
 * A pixel holds {@link #OFFSET} + Poisson(photons) + read noise, where photons = bleaching x
 * (neuropil x (1 + its dF/F), less the share a soma displaces, + each soma's resting brightness x
 * its profile x (1 + its dF/F)); the sample drifts as a whole.
 */
public final class CalciumMovie {

	/** Detector offset added to every pixel (so read noise below zero is kept). */
	public static final int OFFSET = 100;
	/** Largest block in pixels. */
	static final int BLOCK_PIXELS = 1 << 16;
	/** The seed's streams: cell placement, the scene (neuropil pattern, drift), the pixels' noise. */
	private static final long PLACEMENT = 1, SCENE = 2, NOISE = 3;

	private final ImagingParameters p;
	private final MovieTiming timing;
	private final List<ImagedCell> cells;
	private final CalciumTraces traces;
	private final Scene scene;
	private final Rng noise;
	private final CellGrid grid;
	private final int blockRows;

	private CalciumMovie(ImagingParameters p, MovieTiming timing, List<ImagedCell> cells, CalciumTraces traces,
		Scene scene, Rng noise)
	{
		this.p = p;
		this.timing = timing;
		this.cells = List.copyOf(cells);
		this.traces = traces;
		this.scene = scene;
		this.noise = noise;
		this.blockRows = Math.max(1, Math.min(p.heightPx(), BLOCK_PIXELS / p.widthPx()));
		this.grid = new CellGrid(new long[] { p.widthPx(), p.heightPx(), traces.frames() },
			new int[] { p.widthPx(), blockRows, 1 });
	}

	/**
	 * The movie of {@code recording}'s population {@code p.population()}: its cells placed, their
	 * traces computed from the spikes (the pixels are generated when read).
	 *
	 * @throws InvalidParameterException naming the key at fault when the recording has no such
	 *           population, fewer trials than asked for, or the traces do not fit in memory
	 */
	public static CalciumMovie of(Recording recording, ImagingParameters p) {
		return of(population(recording, p.population()).raster(), p);
	}

	/**
	 * The movie of the neurons of {@code raster}.
	 *
	 * @throws InvalidParameterException naming the key at fault when the raster has fewer trials
	 *           than asked for or the traces do not fit in memory
	 */
	public static CalciumMovie of(SpikeRaster raster, ImagingParameters p) {
		int trials = p.trialCount() == 0 ? raster.trials() : p.trialCount();
		if (trials > raster.trials()) {
			throw new InvalidParameterException(ImagingKeys.TRIAL_COUNT.name(), trials, "at most the recording's "
				+ raster.trials() + " trials (0 = all)");
		}
		MovieTiming timing = new MovieTiming(trials, raster.durationMs(), p.frameMs());
		if (timing.frames() < 1) {
			throw new InvalidParameterException(ImagingKeys.FRAME_RATE.name(), p.frameRateHz(), "a frame rate that fits"
				+ " at least one frame in the imaged trials");
		}
		Rng root = new Rng(p.seed());
		List<ImagedCell> cells = CellPlacement.place(p, raster.neurons(), root.fork(PLACEMENT));
		long frames = timing.frames();
		long need = 4 * frames * (cells.size() + 2) + 16 * frames;
		MemoryBudget.require(ImagingKeys.TRIAL_COUNT.name(), p.trialCount(), need, String.format(Locale.ROOT,
			"the noiseless traces of %d cells over %d frames", cells.size(), frames));
		if (frames > Integer.MAX_VALUE - 8) {
			throw new InvalidParameterException(ImagingKeys.TRIAL_COUNT.name(), p.trialCount(), "a movie of at most "
				+ (Integer.MAX_VALUE - 8) + " frames");
		}
		CalciumTraces traces = CalciumTraces.of(raster, cells, timing, p.indicator().kernel(), p.saturationSpikes());
		Scene scene = Scene.of(p, traces.frames(), root.fork(SCENE));
		return new CalciumMovie(p, timing, cells, traces, scene, root.fork(NOISE));
	}

	private static RecordedPopulation population(Recording recording, String name) {
		for (RecordedPopulation rp : recording.populations()) {
			if (rp.name().equals(name)) return rp;
		}
		throw new InvalidParameterException(ImagingKeys.POPULATION.name(), name, "one of the recording's populations "
			+ recording.populations().stream().map(RecordedPopulation::name).toList());
	}

	/** How the imaged trials map onto frames. */
	public MovieTiming timing() {
		return timing;
	}

	/** Bytes the movie holds while it is read (traces, drift, neuropil), without the blocks being read. */
	public long bytesHeld() {
		return traces.bytes() + scene.bytes();
	}

	/** The parameters. */
	public ImagingParameters parameters() {
		return p;
	}

	/** The imaged cells, in ROI order. */
	public List<ImagedCell> cells() {
		return cells;
	}

	/** The cells' and the neuropil's noiseless dF/F. */
	public CalciumTraces traces() {
		return traces;
	}

	/** Frames. */
	public int frames() {
		return traces.frames();
	}

	/** The movie: width x height x frames, generated block by block when read. */
	public LazyCellImg<UnsignedShortType, ShortArray> image() {
		return new LazyCellImg<>(grid, new UnsignedShortType(), this::block);
	}

	/** Frame {@code frame}'s pixels, row by row, rendered from its blocks. */
	public short[] plane(int frame) {
		short[] out = new short[p.widthPx() * p.heightPx()];
		for (int row = 0; row < p.heightPx(); row += blockRows) {
			short[] b = render(frame, row, Math.min(blockRows, p.heightPx() - row));
			System.arraycopy(b, 0, out, row * p.widthPx(), b.length);
		}
		return out;
	}

	/**
	 * Frames {@code [first, first + count)}, made on {@code pool}'s threads (or this one when it is
	 * null); each frame is the same whichever thread makes it.
	 */
	public short[][] planes(int first, int count, ForkJoinPool pool) {
		short[][] out = new short[count][];
		if (pool == null || count == 1) {
			for (int i = 0; i < count; i++) out[i] = plane(first + i);
			return out;
		}
		try {
			pool.submit(() -> IntStream.range(0, count).parallel().forEach(i -> out[i] = plane(first + i))).get();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted while making frames");
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) throw r;
			throw new IllegalStateException(e.getCause());
		}
		return out;
	}

	/** Expected photons of each pixel of frame {@code frame}, before noise (row by row). */
	public double[] expectedPhotons(int frame) {
		return scene.photons(frame, 0, p.heightPx(), traces, cells);
	}

	private Cell<ShortArray> block(long index) {
		long[] min = new long[3];
		int[] size = new int[3];
		grid.getCellDimensions(index, min, size);
		return new Cell<>(size, min, new ShortArray(render((int) min[2], (int) min[1], size[1])));
	}

	/** The pixels of rows {@code [row, row + rows)} of frame {@code frame}. */
	private short[] render(int frame, int row, int rows) {
		double[] photons = scene.photons(frame, row, rows, traces, cells);
		Rng rng = noise.fork(frame, row / blockRows);
		QuantileTable normal = QuantileTable.normal();
		double read = p.readNoisePhotons();
		short[] out = new short[photons.length];
		for (int i = 0; i < out.length; i++) {
			double v = OFFSET + PhotonCounts.draw(photons[i], rng) + (read > 0 ? read * normal.draw(rng) : 0);
			out[i] = (short) Math.min(65535, Math.max(0, Math.round(v)));
		}
		return out;
	}
}
