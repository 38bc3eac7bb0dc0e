package org.neurotd.params;

/** The keys of how a command runs and where it writes, shared by every command. */
public final class RunKeys {

	private RunKeys() {}

	/** Most worker threads accepted. */
	public static final int MAX_THREADS = 1024;

	/** The output folder. */
	public static final Key<String> OUTPUT = Key.path("output", Key.Type.FOLDER).label("Output folder")
		.describe("Folder to write the result files and run.properties to (none: nothing is written)");
	/** Whether to replace earlier outputs. */
	public static final Key<Boolean> OVERWRITE = Key.flag("overwrite", false).label("Overwrite").executionOnly()
		.describe("Replace files already in the output folder (otherwise the run stops before it starts)");
	/** Whether to finish an interrupted sweep. */
	public static final Key<Boolean> RESUME = Key.flag("resume", false).label("Resume").executionOnly()
		.describe("Finish the unfinished sweep in the output folder, keeping the (seed, loss) cells it already"
			+ " computed");
	/** Whether to write the spikes as a table too. */
	public static final Key<Boolean> SPIKES = Key.flag("spikes", false).label("Spike table")
		.describe("Also write the recording's spikes as CSV (spikes.csv), one row per spike: population, trial,"
			+ " neuron, time_ms");
	/** Worker threads. */
	public static final Key<Integer> THREADS = Key.integer("threads", 0, 0, MAX_THREADS).label("Threads")
		.executionOnly().describe("Worker threads (0 = all cores); results do not depend on it");

	/** The number of worker threads for a {@code threads} value (0 = all cores), validated. */
	public static int threads(int threads) {
		THREADS.require(threads);
		return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
	}
}
