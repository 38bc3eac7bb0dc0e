package org.neurotd.ij1;

import ij.VirtualStack;
import ij.process.ImageProcessor;
import ij.process.ShortProcessor;

import java.util.concurrent.ForkJoinPool;

import org.neurotd.imaging.CalciumMovie;

/**
 * A calcium movie as an ImageJ virtual stack: frames are generated when ImageJ asks for them, a
 * batch of the following frames at once on {@code threads} threads, so that writing the movie
 * plane by plane (ImageJ's TIFF writer reads a virtual stack a plane at a time) uses every core
 * and holds one batch. Each frame is the same whichever thread makes it.
 */
final class MovieStack extends VirtualStack {

	private final CalciumMovie movie;
	private final int threads;
	private final short[][] batch;
	private int batchStart = -1;
	private ForkJoinPool pool;

	MovieStack(CalciumMovie movie, int threads) {
		super(movie.parameters().widthPx(), movie.parameters().heightPx());
		this.movie = movie;
		this.threads = threads;
		this.batch = new short[Math.min(movie.frames(), 4 * threads)][];
		setBitDepth(16);
	}

	@Override
	public synchronized ImageProcessor getProcessor(int n) {
		int frame = n - 1;
		if (batchStart < 0 || frame < batchStart || frame >= batchStart + batch.length) fill(frame);
		short[] pixels = batch[frame - batchStart];
		return new ShortProcessor(getWidth(), getHeight(), pixels.clone(), null);
	}

	private void fill(int first) {
		if (pool == null && threads > 1) pool = new ForkJoinPool(threads); // its idle workers end by themselves
		batchStart = first;
		short[][] made = movie.planes(first, Math.min(batch.length, movie.frames() - first), pool);
		System.arraycopy(made, 0, batch, 0, made.length);
	}

	@Override
	public Object getPixels(int n) {
		return getProcessor(n).getPixels();
	}

	@Override
	public int getSize() {
		return movie.frames();
	}

	@Override
	public int size() {
		return getSize();
	}

	@Override
	public String getSliceLabel(int n) {
		return null;
	}
}
