package org.neurotd.ij1;

import ij.VirtualStack;
import ij.process.ByteProcessor;
import ij.process.ImageProcessor;

import java.util.List;
import java.util.function.IntFunction;

import net.imglib2.RandomAccess;
import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.integer.UnsignedByteType;

/**
 * An ImageJ virtual stack over lazily rendered ImgLib2 images, one channel per image (each
 * time x rows x trials): a plane is computed from the image's cells when ImageJ asks for it, so
 * showing or saving the stack holds one plane at a time. Channels may have fewer rows than the
 * stack is high; the rows past their end are blank. Rows that do not fit one ImageJ plane are
 * split into pages of {@code pageRows}: planes run channel fastest, then page, then trial.
 */
final class ObservedStack extends VirtualStack {

	private final List<RandomAccessibleInterval<UnsignedByteType>> channels;
	private final int pageRows;
	private final int pages;
	private final int trials;
	private final IntFunction<String> label;

	/**
	 * @param label the label of plane {@code n} (1-based)
	 */
	ObservedStack(List<RandomAccessibleInterval<UnsignedByteType>> channels, int width, int pageRows, int pages,
		int trials, IntFunction<String> label)
	{
		super(width, pageRows);
		this.channels = List.copyOf(channels);
		this.pageRows = pageRows;
		this.pages = pages;
		this.trials = trials;
		this.label = label;
		setBitDepth(8);
	}

	@Override
	public ImageProcessor getProcessor(int n) {
		int i = n - 1;
		int c = i % channels.size();
		int page = i / channels.size() % pages;
		int trial = i / channels.size() / pages;
		return new ByteProcessor(getWidth(), pageRows, plane(channels.get(c), page * pageRows, trial));
	}

	private byte[] plane(RandomAccessibleInterval<UnsignedByteType> image, long firstRow, int trial) {
		int width = getWidth();
		byte[] pixels = new byte[width * pageRows];
		long rows = Math.min(pageRows, image.dimension(1) - firstRow);
		RandomAccess<UnsignedByteType> a = image.randomAccess();
		long[] start = { 0, firstRow, trial };
		for (int row = 0; row < rows; row++, start[1]++) {
			a.setPosition(start);
			pixels[row * width] = a.get().getByte();
			for (int t = 1; t < width; t++) {
				a.fwd(0);
				pixels[row * width + t] = a.get().getByte();
			}
		}
		return pixels;
	}

	@Override
	public Object getPixels(int n) {
		return getProcessor(n).getPixels();
	}

	@Override
	public int getSize() {
		return channels.size() * pages * trials;
	}

	@Override
	public int size() {
		return getSize();
	}

	@Override
	public String getSliceLabel(int n) {
		return label.apply(n);
	}
}
