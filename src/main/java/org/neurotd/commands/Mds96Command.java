package org.neurotd.commands;

import ij.ImagePlus;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.neurotd.errorsurface.Bump;
import org.neurotd.errorsurface.ErrorSurface;
import org.neurotd.errorsurface.Surface;
import org.neurotd.errorsurface.SurfaceKeys;
import org.neurotd.errorsurface.SurfaceParameters;
import org.neurotd.ij1.Plots;
import org.neurotd.ij1.SurfacePlot;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.report.OutputFolder;
import org.scijava.command.Command;
import org.scijava.plugin.Parameter;
import org.scijava.plugin.Plugin;

/**
 * The protocol of Montague, Dayan &amp; Sejnowski (1996, Fig. 5) recorded through a dopamine
 * population: the prediction-error surface over trials and time, and the intermediate-time bumps
 * against lambda (surface.csv, bumps.csv, mds96.png, bumps.png).
 */
@Plugin(type = Command.class, name = "mds96", priority = 17, menuPath = Mds96Command.MENU_PATH,
	label = Mds96Command.LABEL,
	description = "Montague, Dayan & Sejnowski 1996, Fig. 5: light -> reward learned from the first trial, the reward"
		+ " withheld on some trials and in extinction; the prediction error over trials and time, the recorded dopamine"
		+ " response, and the intermediate-time bumps against the trace decay lambda")
public class Mds96Command extends DopamineCommand {

	/** Menu label. */
	public static final String LABEL = "Prediction-Error Surface (Montague, Dayan & Sejnowski 1996)";
	/** Menu path in Fiji. */
	public static final String MENU_PATH = MENU + LABEL;

	/** The protocol block and the worker threads. */
	static final List<Key<?>> INPUTS = join(SurfaceKeys.BLOCK.keys(), List.of(RunKeys.THREADS), OUTPUT_KEYS);

	// BEGIN DECLARED INPUTS
	@Parameter(label = "Trials", description = "Trials in the session, acquisition then extinction, every one recorded",
		min = "10", max = "2000", persist = false)
	private int trials = 250;

	@Parameter(label = "Reward withheld on trials",
		description = "Acquisition trials (numbered from 1) whose reward is withheld, comma-separated; none for none",
		persist = false)
	private String withheld = "60,100,140";

	@Parameter(label = "Extinction from trial",
		description = "First trial (numbered from 1) of extinction, from which the reward never comes; trials + 1"
			+ " for none", min = "2", max = "2001", persist = false)
	private int extinction = 161;

	@Parameter(label = "Trace decays",
		description = "Comma-separated eligibility trace decays (lambda per 50 ms step, each from 0 to 1), one"
			+ " session each; the figure shows the first and the last", persist = false)
	private String lambdas = "0,0.5,0.9,0.99,1";

	@Parameter(label = "Learning rate", description = "Learning rate of the TD weights", min = "0", max = "1",
		persist = false)
	private double alpha = 0.3;

	@Parameter(label = "Neurons", description = "Dopamine neurons recorded", min = "1", max = "10000", persist = false)
	private int neurons = 100;

	@Parameter(label = "Seed", description = "Master seed: the same seed gives the same numbers, bit for bit",
		persist = false)
	private long seed = 1;

	@Parameter(label = "Threads", description = "Worker threads (0 = all cores); results do not depend on it",
		min = "0", max = "1024", persist = false)
	private int threads = 0;

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
		SurfaceParameters p = SurfaceKeys.BLOCK.read(values());
		int workers = threads();
		OutputFolder folder = outputFolder("surface.csv", "bumps.csv", "mds96.png", "bumps.png");
		List<Surface> surfaces = ErrorSurface.run(p, workers, progress());
		List<Bump> bumps = surfaces.stream().map(s -> ErrorSurface.bump(s, p.extinction())).toList();
		List<Integer> withheld = new ArrayList<>();
		for (int t : p.withheld()) withheld.add(t - 1);
		ImagePlus figure = SurfacePlot.surfaces(surfaces, withheld, p.extinction() <= p.trials() ? p.extinction() - 1 : -1);
		ImagePlus plot = Plots.sideBySide("Intermediate-time bumps", SurfacePlot.bumps(bumps));
		if (folder != null) {
			folder.text("surface.csv", ErrorSurface.surfaceCsv(surfaces));
			folder.text("bumps.csv", ErrorSurface.bumpCsv(bumps));
			folder.file("mds96.png", f -> Plots.savePng(figure, f));
			folder.file("bumps.png", f -> Plots.savePng(plot, f));
			commit(folder);
		}
		for (Bump b : bumps) {
			info(String.format(Locale.ROOT, "lambda %5.3f  intermediate response %6.2f +- %4.2f Hz  model error %6.3f",
				b.lambda(), b.bumpHz(), b.bumpSemHz(), b.bumpDelta()));
		}
		if (interactive()) {
			figure.show();
			plot.show();
		}
	}
}
