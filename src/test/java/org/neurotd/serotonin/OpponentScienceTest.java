package org.neurotd.serotonin;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.OpponentCommand;
import org.neurotd.commands.ReproduceCommand;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Values;
import org.neurotd.recording.Recording;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * Serotonin as dopamine's opponent (science notes, section 4), measured from the recording, PSTH
 * and block tables the opponent command writes, over several seeds: slow regular serotonin firing,
 * phasic responses of opposite sign per condition, and a block shift of serotonin's tonic rate
 * but not dopamine's (Cohen, Amoroso &amp; Uchida 2015); and opponent.tif reopens and reproduces.
 */
class OpponentScienceTest {

	private static final int DOPAMINE = 0, SEROTONIN = 1;
	/** Response windows: 50-220 ms after the cue (500 ms) and after the outcome (1500 ms). */
	private static final int CUE = 550, CUE_END = 720, OUTCOME = 1550, OUTCOME_END = 1720;

	private static Context context;
	@TempDir
	static Path dir;

	@BeforeAll
	static void context() {
		context = new Context(CommandService.class, StatusService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	/** Runs the opponent command and returns its output folder. */
	private static Path run(long seed, double salience, double cueExcited) throws Exception {
		Path out = dir.resolve(seed + "-" + salience + "-" + cueExcited);
		if (!Files.isDirectory(out)) {
			HeadlessRun.completed(context.service(CommandService.class), OpponentCommand.class, "seed", seed,
				"salience_fraction", salience, "cue_excited_fraction", cueExcited, "output", out.toFile());
		}
		return out;
	}

	private static OpponentCsv.Psth psth(Path out) throws Exception {
		return OpponentCsv.psth(Files.readString(out.resolve("psth.csv")));
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void serotoninFiresSlowlyAndMoreRegularlyThanDopamine(long seed) throws Exception {
		Path out = run(seed, 0, 0.2);
		double rate = psth(out).mean("neutral", SEROTONIN, 0, 3000);
		assertTrue(rate >= 1 && rate <= 5, "serotonin rate " + rate + " Hz");
		Recording recording = RecordingImages.open(out.resolve("opponent.tif"));
		double cv = OpponentCsv.isiCv(recording, "serotonin", "neutral");
		double dopamineCv = OpponentCsv.isiCv(recording, "dopamine", "neutral");
		assertTrue(cv < 0.45 && cv < dopamineCv - 0.1, "ISI CV serotonin " + cv + ", dopamine " + dopamineCv);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void phasicResponsesHaveOppositeSignsPerCondition(long seed) throws Exception {
		OpponentCsv.Psth p = psth(run(seed, 0, 0.2));
		double rewardCue = p.response("reward", DOPAMINE, CUE, CUE_END);
		double anticipation = p.response("reward", SEROTONIN, CUE_END, OUTCOME);
		assertTrue(rewardCue > 1 && anticipation < -0.5,
			"reward cue: dopamine " + rewardCue + ", serotonin while the reward is awaited " + anticipation);
		String[] conditions = { "omission", "punishment" };
		int[][] windows = { { OUTCOME, OUTCOME_END }, { CUE, CUE_END } };
		for (int k = 0; k < conditions.length; k++) {
			double da = p.response(conditions[k], DOPAMINE, windows[k][0], windows[k][1]);
			double ht = p.response(conditions[k], SEROTONIN, windows[k][0], windows[k][1]);
			assertTrue(da < -1 && ht > 1, conditions[k] + ": dopamine " + da + ", serotonin " + ht);
		}
		double puff = p.response("punishment", SEROTONIN, OUTCOME, OUTCOME_END);
		assertTrue(puff > 1, "serotonin excited by the (predicted) air puff: " + puff);
		assertTrue(Math.abs(p.response("neutral", SEROTONIN, CUE, CUE_END)) < 0.5, "neutral cue");
		assertTrue(Math.abs(p.response("neutral", DOPAMINE, CUE, CUE_END)) < 0.5, "neutral cue");
		// Across conditions and epochs (cue, wait, outcome), the two signals move in opposite directions.
		int[][] epochs = { { CUE, CUE_END }, { CUE_END, OUTCOME }, { OUTCOME, OUTCOME_END } };
		double[] da = new double[4 * epochs.length], ht = new double[da.length];
		int j = 0;
		for (String c : new String[] { "reward", "omission", "punishment", "neutral" }) {
			for (int[] e : epochs) {
				da[j] = p.response(c, DOPAMINE, e[0], e[1]);
				ht[j++] = p.response(c, SEROTONIN, e[0], e[1]);
			}
		}
		double r = OpponentCsv.correlation(da, ht);
		assertTrue(r < -0.3, "dopamine and serotonin responses anti-correlated across conditions: r = " + r);
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void serotoninTonicRateShiftsBetweenBlocksDopaminesDoesNot(long seed) throws Exception {
		String blocks = Files.readString(run(seed, 0, 0.2).resolve("blocks.csv"));
		double serotoninShift = OpponentCsv.tonic(blocks, "punishment", SEROTONIN) - OpponentCsv.tonic(blocks, "reward", SEROTONIN);
		double dopamineShift = OpponentCsv.tonic(blocks, "punishment", DOPAMINE) - OpponentCsv.tonic(blocks, "reward", DOPAMINE);
		assertTrue(serotoninShift > 0.3, "serotonin tonic shift " + serotoninShift + " Hz");
		assertTrue(Math.abs(dopamineShift) < 0.15, "dopamine tonic shift " + dopamineShift + " Hz");
	}

	@ParameterizedTest
	@ValueSource(longs = { 1, 2, 3 })
	void hypothesisWithoutSerotoninPunishmentsAndOmissionsAreLearnedLess(long seed) throws Exception {
		List<String> lines = Files.readAllLines(run(seed, 0, 0.2).resolve("learning.csv"));
		assertEquals("trial,learner,reward_cue_value,punishment_cue_value", lines.get(0));
		double[] both = null, dopamineOnly = null; // the values after the last trial
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			double[] v = { Double.parseDouble(f[2]), Double.parseDouble(f[3]) };
			if (f[1].equals("both")) both = v;
			else if (f[1].equals("dopamine_only")) dopamineOnly = v;
		}
		assertTrue(both[1] < -0.8 && dopamineOnly[1] > both[1] + 0.15,
			"punishment cue value: both " + both[1] + ", dopamine only " + dopamineOnly[1]);
		assertTrue(dopamineOnly[0] > both[0] + 0.05, "omissions unlearned, the reward cue overvalued: both " + both[0]
			+ ", dopamine only " + dopamineOnly[0]);
	}

	@Test
	void theRewardCueExcitedSubsetTurnsTheSerotoninCueResponseUp() throws Exception {
		double none = psth(run(4, 0, 0)).response("reward", SEROTONIN, CUE, CUE_END);
		double all = psth(run(4, 0, 1)).response("reward", SEROTONIN, CUE, CUE_END);
		assertTrue(none < 0 && all > 0, "serotonin reward-cue response without the subset " + none + ", all in it " + all);
	}

	@Test
	void salienceNeuronsBurstToThePunishmentCueValueNeuronsDip() throws Exception {
		double value = psth(run(5, 0, 0.2)).response("punishment", DOPAMINE, CUE, CUE_END);
		double salience = psth(run(5, 1, 0.2)).response("punishment", DOPAMINE, CUE, CUE_END);
		assertTrue(value < -1 && salience > 1, "punishment cue: value neurons " + value + ", salience neurons " + salience);
	}

	@Test
	void theSameSeedGivesTheSameFiles() throws Exception {
		Path a = run(7, 0.1, 0.2);
		Path b = dir.resolve("again");
		HeadlessRun.completed(context.service(CommandService.class), OpponentCommand.class, "seed", 7L,
			"salience_fraction", 0.1, "cue_excited_fraction", 0.2, "output", b.toFile());
		for (String f : new String[] { "psth.csv", "blocks.csv", "opponent.tif" }) {
			assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
		}
	}

	/**
	 * opponent.tif is a format-2 recording of both populations: reopened, it gives the session's
	 * spikes and trial events, its protocol holds the session's parameters, and reproduce simulates
	 * it again to the same bytes.
	 */
	@Test
	void opponentTifReopensWithBothPopulationsAndReproduces() throws Exception {
		OpponentParameters d = OpponentParameters.defaults();
		var p = new OpponentParameters(12, 7, 2, 9, 60, 0.75, d.blockBias(), 0.25, 0.3, 3, 10, d.tonicShiftHz(),
			d.tonicTauS(), 5);
		Path out = dir.resolve("small");
		CommandService commands = context.service(CommandService.class);
		HeadlessRun.completed(commands, OpponentCommand.class, "dopamine", 12, "serotonin", 7, "blocks", 2,
			"block_length", 9, "training", 60, "salience_fraction", 0.25, "cue_excited_fraction", 0.3, "serotonin_rate",
			3.0, "regularity", 10.0, "seed", 5L, "output", out.toFile());

		Recording back = RecordingImages.open(out.resolve("opponent.tif"));
		OpponentResult simulated = OpponentSimulation.run(p);
		assertEquals(List.of(Recording.DOPAMINE, OpponentRecording.SEROTONIN),
			back.populations().stream().map(r -> r.name()).toList());
		assertEquals(simulated.dopamineSpikes(), back.dopamine().raster());
		assertEquals(simulated.serotoninSpikes(), back.population(OpponentRecording.SEROTONIN).raster());
		List<Session.Trial> trials = simulated.session().trials();
		assertEquals(trials.size(), back.events().size());
		for (int k = 0; k < trials.size(); k++) {
			assertEquals(trials.get(k).condition().key(), back.events().get(k).outcome(), "trial " + (k + 1));
		}
		assertEquals(p, OpponentKeys.BLOCK.read(Values.parse(OpponentKeys.BLOCK.keys(),
			back.protocol().parameters())), "the protocol holds the session's parameters");
		assertEquals(10, back.population(OpponentRecording.SEROTONIN).neuron().firing().regularity());
		assertNotEquals(back.dopamine().neuron(), back.population(OpponentRecording.SEROTONIN).neuron());

		var check = HeadlessRun.completed(commands, ReproduceCommand.class, "saved", out.resolve("opponent.tif").toFile());
		assertEquals(true, check.getOutput("identical"), "reproduce simulates the opponent session again, byte for byte");
	}

	@Test
	void badParametersNameTheirKey() {
		OpponentParameters d = OpponentParameters.defaults();
		var e = assertThrows(InvalidParameterException.class, () -> new OpponentParameters(d.dopamineNeurons(),
			d.serotoninNeurons(), d.blocks(), d.blockTrials(), d.training(), 1.5, d.blockBias(), 0, 0.2,
			d.serotoninRateHz(), d.regularity(), d.tonicShiftHz(), d.tonicTauS(), 1));
		assertEquals("probability", e.parameter());
		e = assertThrows(InvalidParameterException.class, () -> new OpponentParameters(d.dopamineNeurons(),
			d.serotoninNeurons(), d.blocks(), d.blockTrials(), d.training(), 0.75, d.blockBias(), 0, 0.2,
			d.serotoninRateHz(), 0, d.tonicShiftHz(), d.tonicTauS(), 1));
		assertEquals("regularity", e.parameter());
	}
}
