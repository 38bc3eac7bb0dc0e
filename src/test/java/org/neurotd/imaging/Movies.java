package org.neurotd.imaging;

import org.neurotd.params.Values;
import org.neurotd.population.SpikeRaster;
import org.neurotd.random.Rng;

/** Small movies for tests. */
final class Movies {

	private Movies() {}

	/** The defaults with {@code changes} (key, value, ...). */
	static ImagingParameters parameters(Object... changes) {
		Values v = ImagingKeys.BLOCK.write(ImagingParameters.defaults());
		for (int i = 0; i < changes.length; i += 2) v = with(v, changes[i], changes[i + 1]);
		return ImagingKeys.BLOCK.read(v);
	}

	@SuppressWarnings("unchecked")
	private static <T> Values with(Values v, Object key, Object value) {
		for (var k : ImagingKeys.BLOCK.keys()) {
			if (k.name().equals(key)) return v.with((org.neurotd.params.Key<T>) k, (T) value);
		}
		throw new IllegalArgumentException("no key " + key);
	}

	/** {@code neurons} neurons firing as Poisson at {@code rateHz} over {@code trials} trials of {@code ms}. */
	static SpikeRaster poisson(int neurons, int trials, int ms, double rateHz, long seed) {
		Rng rng = new Rng(seed);
		int[] offsets = new int[neurons * trials + 1];
		int[] times = new int[(int) (neurons * trials * (ms * rateHz / 1000 * 2 + 20))];
		int n = 0;
		for (int k = 0; k < trials; k++) {
			for (int i = 0; i < neurons; i++) {
				offsets[k * neurons + i] = n;
				for (double t = 1000 * rng.nextExponential() / rateHz; t < ms; t += 1000 * rng.nextExponential() / rateHz) {
					if (n == 0 || times[n - 1] != (int) t || offsets[k * neurons + i] == n) times[n++] = (int) t;
				}
			}
		}
		offsets[neurons * trials] = n;
		return new SpikeRaster(neurons, trials, ms, offsets, times);
	}

	/** One neuron, one trial of {@code ms}, spiking once at {@code spikeMs}. */
	static SpikeRaster oneSpike(int ms, int spikeMs) {
		return new SpikeRaster(1, 1, ms, new int[] { 0, 1 }, new int[] { spikeMs });
	}
}
