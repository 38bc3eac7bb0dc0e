package org.neurotd.observation;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.img.basictypeaccess.array.ByteArray;
import net.imglib2.img.cell.Cell;
import net.imglib2.img.cell.CellGrid;
import net.imglib2.img.cell.LazyCellImg;
import net.imglib2.type.numeric.integer.UnsignedByteType;

import org.neurotd.population.SpikeRaster;
import org.neurotd.recording.RecordedPopulation;

/**
 * The spike raster as an 8-bit image: pixel = spikes of one neuron in one 1 ms bin of one trial
 * (0 or 1, since the refractory period is at least 1 ms). Each cell holds whole trial rows of a
 * block of neurons in one trial and is filled from that block's spike events when first read;
 * nothing is kept afterwards, so memory stays at a cell per reader whatever the recording's size.
 */
public final class RasterObservation implements Observation<UnsignedByteType> {

	/** Largest cell in pixels (1 MiB of 8-bit pixels). */
	static final int CELL_PIXELS = 1 << 20;

	@Override
	public String name() {
		return "spike counts";
	}

	@Override
	public RandomAccessibleInterval<UnsignedByteType> image(RecordedPopulation population) {
		return image(population.raster());
	}

	/** The image of {@code raster}: duration x neurons x trials. */
	public static RandomAccessibleInterval<UnsignedByteType> image(SpikeRaster raster) {
		int width = raster.durationMs();
		int rows = Math.max(1, Math.min(raster.neurons(), CELL_PIXELS / width));
		CellGrid grid = new CellGrid(new long[] { width, raster.neurons(), raster.trials() }, new int[] { width, rows, 1 });
		return new LazyCellImg<>(grid, new UnsignedByteType(), index -> cell(grid, raster, index));
	}

	private static Cell<ByteArray> cell(CellGrid grid, SpikeRaster raster, long index) {
		long[] min = new long[3];
		int[] size = new int[3];
		grid.getCellDimensions(index, min, size);
		int width = size[0];
		int trial = (int) min[2];
		byte[] pixels = new byte[width * size[1]];
		for (int row = 0; row < size[1]; row++) {
			int neuron = (int) min[1] + row;
			for (int s = raster.from(trial, neuron), end = raster.to(trial, neuron); s < end; s++) {
				pixels[row * width + raster.time(s)]++;
			}
		}
		return new Cell<>(size, min, new ByteArray(pixels));
	}
}
