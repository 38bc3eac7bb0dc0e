package org.neurotd.params;

import java.util.List;
import java.util.function.Function;

/**
 * The keys of one model block (the task, the TD learner, the neurons' firing, a lesion, the
 * readout) with the record they configure: {@link #read} builds the record from values (keys
 * not given take their defaults), {@link #write} gives a record's values. Declared once, next to
 * its record, and shared by every command, dialog and metadata that use the block.
 *
 * @param <R> the record the block configures
 * @param name what the block configures, e.g. "task"
 * @param keys its keys, in the order dialogs, --help and metadata list them
 * @param read builds (and so validates) the record
 * @param write a record's values, one per key
 */
public record Block<R>(String name, List<Key<?>> keys, Function<Values, R> read, Function<R, Values> write) {

	/** Copies the key list. */
	public Block {
		keys = List.copyOf(keys);
	}

	/** The record these values describe (defaults for keys not given), validated. */
	public R read(Values values) {
		return read.apply(values);
	}

	/** The values of {@code record}, one per key. */
	public Values write(R record) {
		return write.apply(record);
	}

	/** The defaults as a record. */
	public R defaults() {
		return read(Values.none());
	}

	/** The keys, leaving out {@code except}. */
	public List<Key<?>> keysExcept(Key<?>... except) {
		List<Key<?>> skip = List.of(except);
		return keys.stream().filter(k -> !skip.contains(k)).toList();
	}
}
