package org.neurotd.imagej;

import java.util.List;

import org.neurotd.commands.CompareLearners;
import org.neurotd.commands.DecodeValueFunction;
import org.neurotd.commands.DegradePopulation;
import org.neurotd.commands.DelaySeriesCommand;
import org.neurotd.commands.DeliberationCommand;
import org.neurotd.commands.DemoCommand;
import org.neurotd.commands.DopamineCommand;
import org.neurotd.commands.ExtractCalciumTraces;
import org.neurotd.commands.ForageCommand;
import org.neurotd.commands.ForecastCommand;
import org.neurotd.commands.ImagingCommand;
import org.neurotd.commands.KneeCommand;
import org.neurotd.commands.LossSweepCommand;
import org.neurotd.commands.NeedStateCommand;
import org.neurotd.commands.OpponentCommand;
import org.neurotd.commands.SelectionCommand;
import org.neurotd.commands.SimulatePopulation;
import org.neurotd.commands.SsriCommand;
import org.neurotd.commands.TonicCommand;

/**
 * For each command that writes files, one key to give it (every other key left out, so it takes
 * its default) on every route: the macro routes must write the command line's bytes. A new
 * command needs a line here (reproduce, which writes nothing, is tested across routes instead).
 */
public final class OneKeyCases {

	/**
	 * @param command the SciJava command
	 * @param cli its command-line name
	 * @param key the one key=value given
	 * @param recording whether it also needs {@code recording=} (a healthy recording TIFF)
	 */
	public record Case(Class<? extends DopamineCommand> command, String cli, String key, boolean recording) {}

	/** A small calcium movie (with its ROI set and truth beside it) for the commands that read one. */
	public static final String SAMPLE_MOVIE = "src/test/resources/org/neurotd/calcium/sample/movie.tif";

	/** Every command that writes files, with a key that keeps its run small where the defaults are large. */
	public static final List<Case> CASES = List.of(
		new Case(SimulatePopulation.class, "simulate", "seed=3", false),
		new Case(DegradePopulation.class, "degrade", "loss=0.5", true),
		new Case(DecodeValueFunction.class, "decode", "readout=linear", true),
		new Case(LossSweepCommand.class, "sweep", "losses=0,0.9", false),
		new Case(KneeCommand.class, "knee", "caps=4", false),
		new Case(DemoCommand.class, "demo", "losses=0,0.8", false),
		new Case(OpponentCommand.class, "opponent", "blocks=2", false),
		new Case(org.neurotd.commands.WaitingCommand.class, "waiting", "trials=20", false),
		new Case(CompareLearners.class, "compare", "neurons=50", false),
		new Case(org.neurotd.commands.Mds96Command.class, "mds96", "lambdas=0,1", false),
		new Case(org.neurotd.commands.DistributionalCommand.class, "distributional", "neurons=20", false),
		new Case(SelectionCommand.class, "selection", "subjects=30", false),
		new Case(DelaySeriesCommand.class, "delays", "delays=1000,4000", false),
		new Case(DeliberationCommand.class, "delay", "trials=100", false),
		new Case(SsriCommand.class, "ssri", "subjects=4", false),
		new Case(ImagingCommand.class, "imaging", "trial_count=1", true),
		new Case(ForageCommand.class, "forage", "seeds=4", false),
		new Case(ForecastCommand.class, "forecast", "neurons=20", false),
		new Case(ExtractCalciumTraces.class, "extract", "movie=" + OneKeyCases.SAMPLE_MOVIE, false),
		new Case(TonicCommand.class, "tonic", "block_s=30", false),
		new Case(NeedStateCommand.class, "state", "trials=8", false));

	private OneKeyCases() {}
}
