package org.neurotd.cli;

import ij.IJ;
import ij.ImagePlus;
import ij.io.FileSaver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neurotd.commands.CommandIndex;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.Key;
import org.neurotd.recording.Recording;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;
import org.neurotd.population.NeuronParameters;
import org.neurotd.parkinson.Degradation;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.progress.Progress;
import org.scijava.command.CommandInfo;
import org.scijava.command.CommandService;

/**
 * The table of bad inputs every front end must refuse with an error naming the parameter:
 * generated from each command's declared inputs (a non-number, NaN, infinity, and values just
 * outside the declared range for every number; an unknown value for every choice), plus rows for
 * cross-field rules, sizes, recordings and folders. The ImageJ 1.x twins can run the same rows
 * as macro options (each {@code key=value} as {@code key=[value]}).
 */
final class BadInputs {

	/**
	 * One bad run.
	 *
	 * @param command command-line name
	 * @param parameter the key the error must name
	 * @param args key=value arguments (without output)
	 */
	record Row(String command, String parameter, List<String> args) {
		@Override
		public String toString() {
			return command + " " + String.join(" ", args);
		}
	}

	/** Recording TIFFs the rows refer to. */
	record Fixtures(Path healthy, Path degraded, Path plain, Path corrupted, Path newer, Path sixteenBit, Path aFile) {}

	/** A small calcium movie for the commands that read one. */
	static final String SAMPLE_MOVIE = org.neurotd.imagej.OneKeyCases.SAMPLE_MOVIE;

	private BadInputs() {}

	/** Small recordings and other files in {@code dir} for the recording rows. */
	static Fixtures files(Path dir) throws IOException {
		TaskParameters task = new TaskParameters(300, 50, 150, 10, 0.8, 1);
		SimulationParameters p = new SimulationParameters(8, 2, 20, true, task, TdParameters.defaults(), Representation.CSC,
			NeuronParameters.defaults(), 3);
		Recording healthy = Simulation.run(p, 1, Progress.NONE).recording();
		ImagePlus imp = RecordingImages.toImage(healthy, "healthy");
		Path h = save(imp, dir.resolve("healthy.tif"));
		Path d = save(RecordingImages.toImage(Degradation.apply(healthy, DegradationParameters.defaults()), "d"),
			dir.resolve("degraded.tif"));
		Path plain = save(IJ.createImage("plain", "8-bit black", 30, 8, 2), dir.resolve("plain.tif"));
		String info = imp.getInfoProperty();
		imp.setProperty("Info", info.replace("neurons = 8", "neurons = eight"));
		Path corrupted = save(imp, dir.resolve("corrupted.tif"));
		imp.setProperty("Info", info.replace("format = " + RecordingMetadata.FORMAT, "format = 99"));
		Path newer = save(imp, dir.resolve("newer.tif"));
		ImagePlus wide = IJ.createImage("16", "16-bit black", 300, 8, 2);
		wide.setProperty("Info", info);
		Path sixteen = save(wide, dir.resolve("sixteen.tif"));
		Path aFile = Files.writeString(dir.resolve("a-file.txt"), "not a folder");
		return new Fixtures(h, d, plain, corrupted, newer, sixteen, aFile);
	}

	private static Path save(ImagePlus imp, Path file) throws IOException {
		RecordingImages.saveTiff(imp, file);
		return file;
	}

	/** Every row, for the commands of the command line. */
	static List<Row> rows(CommandService commands, Fixtures f) {
		List<Row> rows = new ArrayList<>();
		CommandIndex.byName(commands).forEach((name, info) -> {
			if (name.equals("reproduce")) return;
			List<String> base = needs(info) ? List.of("recording=" + f.healthy())
				: info.getInput("movie") != null ? List.of("movie=" + SAMPLE_MOVIE) : List.of();
			for (Key<?> key : CommandIndex.instance(info).keys()) {
				for (String value : badValues(key)) rows.add(row(name, key.name(), base, key.name() + "=" + value));
			}
			rows.add(row(name, "bogus", base, "bogus=1"));
		});
		rows.addAll(crossField());
		rows.addAll(sizes());
		rows.addAll(recordings(f));
		rows.add(row("simulate", "output", List.of(), "output=" + f.aFile()));
		rows.add(row("simulate", "output", List.of(), "output=" + f.aFile().resolve("sub")));
		rows.add(row("reproduce", "saved", List.of(), "saved=" + f.aFile().resolveSibling("missing")));
		rows.add(row("reproduce", "saved", List.of(), "saved=" + f.aFile().getParent()));
		rows.add(row("reproduce", "saved", List.of(), "saved=" + f.aFile()));
		rows.add(row("reproduce", "saved", List.of(), "saved=" + f.plain()));
		return rows;
	}

	private static boolean needs(CommandInfo info) {
		return info.getInput("recording") != null && info.getInput("recording").getType() == ImagePlus.class;
	}

	/** A non-number, NaN, infinity and values just outside the declared range; an unknown choice. */
	static List<String> badValues(Key<?> key) {
		List<String> v = new ArrayList<>();
		boolean integer = key.type() == Key.Type.INTEGER || key.type() == Key.Type.LONG;
		if (integer || key.type() == Key.Type.NUMBER) {
			v.add("abc");
			v.add(integer ? "1.5" : "1,5");
			if (!integer) v.addAll(List.of("NaN", "Infinity", "-Infinity"));
			Optional.ofNullable(key.min()).ifPresent(min -> v.add(integer ? Long.toString((long) (min - 1))
				: key.minExclusive() ? Key.bound(min) : Double.toString(Math.nextDown(min))));
			Optional.ofNullable(key.max()).ifPresent(max -> v.add(integer ? Long.toString((long) (max + 1))
				: Double.toString(Math.nextUp(max))));
		}
		else if (key.type() == Key.Type.FLAG) v.add("maybe");
		else if (key.type() == Key.Type.CHOICE) v.add("foo");
		return v;
	}

	/** The class of the command a row names. */
	static Class<?> command(CommandService commands, String name) throws Exception {
		return CommandIndex.byName(commands).get(name).loadClass();
	}

	private static List<Row> crossField() {
		return List.of(
			row("simulate", "reward_time", List.of(), "reward_time=400"),            // before the CS
			row("simulate", "reward_time", List.of(), "reward_time=500"),            // at the CS
			row("simulate", "reward_time", List.of(), "reward_time=3000"),           // at the end of the trial
			row("simulate", "reward_time", List.of(), "duration=1000", "reward_time=1500"),
			row("simulate", "cs_time", List.of(), "cs_time=2990"),
			row("simulate", "duration", List.of(), "duration=105"),                  // not a whole number of steps
			row("sweep", "losses", List.of(), "losses=0,abc"),
			row("sweep", "losses", List.of(), "losses=0,1.5"),
			row("sweep", "losses", List.of(), "losses=-0.1"),
			row("sweep", "losses", List.of(), "losses=NaN"),
			row("sweep", "losses", List.of(), "losses=,"),
			row("demo", "losses", List.of(), "losses=2"),
			row("compare", "cue_interval", List.of(), "cue_interval=505"),        // not a whole number of TD steps
			row("selection", "groups", List.of(), "groups=foo"),
			row("selection", "groups", List.of(), "groups=healthy,healthy"),     // a group twice
			row("selection", "groups", List.of(), "groups=healthy,,pd_on"),
			row("waiting", "probabilities", List.of(), "probabilities=abc"),
			row("waiting", "probabilities", List.of(), "probabilities=0.5,0.25"),  // not ascending
			row("waiting", "probabilities", List.of(), "probabilities=0.5,0.5"),
			row("waiting", "probabilities", List.of(), "probabilities=1"),         // no omission trials
			row("waiting", "probabilities", List.of(), "probabilities=0"),
			row("waiting", "probabilities", List.of(), "probabilities=NaN"),
			row("waiting", "probabilities", List.of(), "probabilities=,"),
			row("delays", "delays", List.of(), "delays=abc"),
			row("delays", "delays", List.of(), "delays=2000,1000"),              // not ascending
			row("delays", "delays", List.of(), "delays=1000,1000"),
			row("delays", "delays", List.of(), "delays=1005"),                   // not a whole number of TD steps
			row("delay", "delays", List.of(), "delays=400,200"),                 // not ascending
			row("delay", "delays", List.of(), "delays=0,20000"),
			row("delay", "delays", List.of(), "delays=10.5"),
			row("delay", "delays", List.of(), "delays=,"),
			row("delay", "noise_levels", List.of(), "noise_levels=1,-1"),
			row("delay", "noise_levels", List.of(), "noise_levels=abc"),
			row("delays", "delays", List.of(), "delays=100"),                    // shorter than the response window
			row("delays", "delays", List.of(), "delays=40000"),
			row("delays", "delays", List.of(), "delays=,"),
			row("forecast", "large_reward", List.of(), "large_reward=0.1"),     // not above the small reward
			row("forecast", "large_reward", List.of(), "small_reward=2"),
			row("tonic", "rates", List.of(), "rates=abc"),
			row("tonic", "rates", List.of(), "rates=0.2,0"),                       // no reward at all
			row("tonic", "rates", List.of(), "rates=0.2,NaN"),
			row("tonic", "rates", List.of(), "rates=6"),
			row("tonic", "rates", List.of(), "rates=,"),
			row("tonic", "block_s", List.of(), "rates=0.2,0.4,0.2", "block_s=3000")); // longer than two hours
	}

	private static List<Row> sizes() {
		return List.of(
			// 2e8 neuron-trials of 60 s: about 1e11 spikes, more than one recording can hold
			row("sweep", "neurons", List.of(), "neurons=10000000", "trials=20", "duration=60000"),
			// more pixels than an ImageJ image can have
			row("simulate", "neurons", List.of(), "neurons=100000", "trials=100", "duration=60000"),
			row("simulate", "trials", List.of(), "neurons=10000000", "trials=100"),
			row("compare", "trials", List.of(), "neurons=100000", "trials=1000"),
			row("delay", "trials", List.of(), "trials=100000", "seeds=100"),
			// 10^10 neuron-subjects: hours of work
			row("selection", "subjects", List.of(), "subjects=100000", "neurons=100000"),
			row("waiting", "trials", List.of(), "serotonin=10000", "trials=10000"),
			row("delays", "trials", List.of(), "neurons=100000", "trials=1000"),
			row("forecast", "trials", List.of(), "neurons=100000", "trials=1000"),
			row("tonic", "neurons", List.of(), "rates=0.2", "neurons=10000", "block_s=3600"),
			row("state", "trials", List.of(), "neurons=10000", "trials=1000"));
	}

	private static List<Row> recordings(Fixtures f) {
		List<Row> rows = new ArrayList<>();
		for (String command : List.of("degrade", "decode")) {
			for (Path p : List.of(f.plain(), f.corrupted(), f.newer(), f.sixteenBit(), f.aFile(), f.aFile().resolveSibling("missing.tif"))) {
				rows.add(row(command, "recording", List.of(), "recording=" + p));
			}
		}
		rows.add(row("degrade", "recording", List.of(), "recording=" + f.degraded())); // degraded twice
		return rows;
	}

	private static Row row(String command, String parameter, List<String> base, String... args) {
		List<String> all = new ArrayList<>(base);
		for (String a : args) {
			String key = a.substring(0, a.indexOf('='));
			all.removeIf(b -> b.startsWith(key + "="));
			all.add(a);
		}
		return new Row(command, parameter, all);
	}
}
