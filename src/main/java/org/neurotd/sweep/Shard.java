package org.neurotd.sweep;

import org.neurotd.params.InvalidParameterException;

/**
 * One of {@code count} deterministic parts of a sweep. A sweep's cells are its (seed, loss)
 * pairs in seed-major order; shard {@code index} takes a contiguous run of them, so each shard
 * simulates as few healthy recordings as it can. Every cell depends only on the master seed and
 * its own indices, never on which shard computes it or when.
 *
 * @param index from 0 to count - 1 (a SLURM array task id)
 * @param count number of shards
 */
public record Shard(int index, int count) {

	/** The whole sweep in one part. */
	public static final Shard WHOLE = new Shard(0, 1);

	/** Validates the pair. */
	public Shard {
		if (count < 1 || index < 0 || index >= count) throw invalid(index + "/" + count);
	}

	/** Parses {@code i/n}; the error names {@code shard}. */
	public static Shard parse(String text) {
		String[] parts = text.trim().split("/");
		try {
			if (parts.length != 2) throw new NumberFormatException();
			int i = Integer.parseInt(parts[0].trim());
			int n = Integer.parseInt(parts[1].trim());
			if (n < 1 || i < 0 || i >= n) throw invalid(text);
			return new Shard(i, n);
		}
		catch (NumberFormatException e) {
			throw invalid(text);
		}
	}

	private static InvalidParameterException invalid(String text) {
		return new InvalidParameterException("shard", text, "i/n with 0 <= i < n, e.g. 0/4 (SLURM: $SLURM_ARRAY_TASK_ID/4)");
	}

	/** First cell of this shard among {@code cells}. */
	public int first(int cells) {
		return (int) ((long) cells * index / count);
	}

	/** One past its last cell. */
	public int end(int cells) {
		return (int) ((long) cells * (index + 1) / count);
	}

	@Override
	public String toString() {
		return index + "/" + count;
	}
}
