package org.neurotd.commands;

import ij.ImagePlus;

import java.io.File;
import java.util.List;
import java.util.Locale;

import org.neurotd.ij1.Plots;
import org.neurotd.ij1.TonicPlot;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.SpikeTable;
import org.neurotd.tonic.TonicKeys;
import org.neurotd.tonic.TonicParameters;
import org.neurotd.tonic.TonicSession;
import org.neurotd.tonic.VigourRow;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * A free-operant session with reward-rate blocks recorded from a dopamine population: the tonic
 * and phasic components measured from the recording (tonic.csv), the latency of the agent's
 * responses per block (vigour.csv) and both over the session (tonic.png).
 */
@Plugin(type = Command.class, name = "tonic", priority = 19, menuPath = TonicCommand.MENU_PATH,
	label = TonicCommand.LABEL,
	description = "Tonic dopamine and vigour: a slow reward average sets the tonic level under the phasic errors,"
		+ " on firing or on release (Mohebi et al. 2019), and the response latency (Niv et al. 2007)")
public class TonicCommand extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Tonic Dopamine and Vigour";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	/** The session block, then how to run and where to write. */
	static final List<Key<?>> INPUTS = join(TonicKeys.BLOCK.keys(), List.of(RunKeys.THREADS, RunKeys.SPIKES),
		OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Reward rates (rewards/s)",
		description = "The variable-interval schedule's reward rate in each block, comma-separated, from 0.01 to 5",
		persist = false)
	private String rates = "0.2,0.4,0.2,0.4";

	@Parameter(label = "Block length (s)", description = "Length of each block of the session", min = "10",
		max = "3600", persist = false)
	private int block_s = 300;

	@Parameter(label = "Tonic time constant (s)",
		description = "Time constant of the slow average of reward that sets the tonic level and the vigour",
		min = "0.5", max = "600", persist = false)
	private double tonic_tau = 20;

	@Parameter(label = "Tonic gain (per reward/s)",
		description = "Relative rise of the tonic firing (or release per spike) per reward per second of the"
			+ " reward average: the tonic level is baseline x (1 + gain x average)", min = "0", max = "10",
		persist = false)
	private double tonic_gain = 1.5;

	@Parameter(label = "Envelope acts on",
		description = "firing: the cells' tonic rate follows the reward average; release: firing stays, release"
			+ " per spike follows it (Mohebi et al. 2019)", choices = { "firing", "release" }, persist = false)
	private String envelope = "firing";

	@Parameter(label = "Vigour cost (reward s)",
		description = "C_v of Niv, Daw, Joel & Dayan 2007: the cost of responding with latency L is C_v / L, so"
			+ " the optimal latency is sqrt(C_v / R)", min = "0.001", max = "100", persist = false)
	private double vigour_cost = 0.2;

	@Parameter(label = "Latency noise",
		description = "Lognormal sigma of each response's latency around the optimum (0 = none)", min = "0", max = "2",
		persist = false)
	private double latency_noise = 0.3;

	@Parameter(label = "Neurons", description = "Dopamine neurons recorded", min = "1", max = "10000", persist = false)
	private int neurons = 100;

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same session, bit for bit",
		persist = false)
	private long seed = 1;

	@Parameter(label = "Threads", description = "Worker threads (0 = all cores); results do not depend on it",
		min = "0", max = "1024", persist = false)
	private int threads = 0;

	@Parameter(label = "Spike table",
		description = "Also write the recording's spikes as CSV (spikes.csv), one row per spike: population,"
			+ " trial, neuron, time_ms", persist = false)
	private boolean spikes = false;

	@Parameter(label = "Output folder",
		description = "Folder to write the result files and run.properties to (none: nothing is written)",
		style = "directory", required = false, persist = false)
	private File output;

	@Parameter(label = "Overwrite",
		description = "Replace files already in the output folder (otherwise the run stops before it starts)",
		persist = false)
	private boolean overwrite = false;
	// END DECLARED INPUTS

	@Override
	protected void execute() {
		TonicParameters p = TonicKeys.BLOCK.read(values());
		int workers = threads();
		OutputFolder folder = outputFolder(withSpikes(new String[] { "tonic.csv", "vigour.csv", "tonic.png" },
			SpikeTable.FILE));
		TonicSession.Result r = TonicSession.run(p, workers, progress());
		ImagePlus figure = TonicPlot.of(r);
		if (folder != null) {
			folder.text("tonic.csv", TonicSession.tonicTable(r).toCsv());
			folder.text("vigour.csv", TonicSession.vigourTable(r).toCsv());
			folder.file("tonic.png", f -> Plots.savePng(figure, f));
			spikeTable(folder, SpikeTable.FILE, List.of(SpikeTable.Source.of("dopamine", r.raster())));
			commit(folder);
		}
		for (VigourRow row : r.blocks()) {
			info(String.format(Locale.ROOT, "block %d: %.3f rewards/s collected, latency %.3f s, tonic %.2f Hz"
				+ " (firing %.2f Hz), reward response %.2f Hz", row.block(), row.rewardRate(), row.latencyS(),
				row.tonicHz(), row.firingTonicHz(), row.rewardResponseHz()));
		}
		if (interactive()) figure.show();
	}
}
