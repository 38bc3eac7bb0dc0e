package org.neurotd.sweep;

import java.util.Optional;

import org.neurotd.decode.FlatteningMetrics;

/**
 * Where a loss sweep keeps the cells it has finished, one per (seed, loss level), so that a
 * sweep stopped midway (or split into shards) can go on without redoing them. A cell depends
 * only on its seed, its loss and the sweep's parameters, never on which other cells ran.
 */
public interface CellStore {

	/** Keeps nothing: every cell is computed. */
	CellStore NONE = new CellStore() {
		@Override
		public Optional<FlatteningMetrics> get(long seed, double loss) {
			return Optional.empty();
		}

		@Override
		public void put(long seed, double loss, FlatteningMetrics metrics) {
			// nothing kept
		}
	};

	/** The finished cell, if there is one. */
	Optional<FlatteningMetrics> get(long seed, double loss);

	/** Keeps a finished cell; once this returns the cell survives the process being killed. */
	void put(long seed, double loss, FlatteningMetrics metrics);
}
