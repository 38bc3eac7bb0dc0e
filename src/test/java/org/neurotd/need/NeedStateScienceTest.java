package org.neurotd.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.NeedStateCommand;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * Need state, read from state.csv as the command writes it (responses measured from the spikes):
 * the salt's response changes sign at the depletion switch; the cue's follows after experience
 * under model-free TD and at once under the incentive readout; and the polarity flip (a
 * hypothesis) degrades what reward learning holds, for good when chronic stress keeps it.
 */
class NeedStateScienceTest {

	private static final long[] SEEDS = { 1, 2 };
	private static Context context;
	@TempDir
	static Path dir;

	/** One row of state.csv. */
	private record Row(String phase, int trial, double cue, double outcome, boolean cued) {}

	@BeforeAll
	static void start() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	private static List<Row> run(String readout, String polarity, long seed) throws Exception {
		Path out = dir.resolve(readout + "-" + polarity + "-" + seed);
		HeadlessRun.completed(context.service(CommandService.class), NeedStateCommand.class, "readout", readout,
			"polarity", polarity, "seed", seed, "output", out.toFile());
		assertTrue(Files.size(out.resolve("state.png")) > 1000, "state.png written");
		List<String> lines = Files.readAllLines(out.resolve("state.csv"));
		assertEquals(NeedSession.COLUMNS, lines.get(0));
		List<Row> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] c = line.split(",", -1);
			rows.add(new Row(c[0], Integer.parseInt(c[1]), c[3].isEmpty() ? Double.NaN : Double.parseDouble(c[3]),
				Double.parseDouble(c[4]), c[5].equals("cued")));
		}
		return rows;
	}

	/** The responses ({@code cue} or outcome) of a phase's cued or uncued trials, from {@code from} for {@code n}. */
	private static double mean(List<Row> rows, String phase, boolean cued, boolean cue, int from, int n) {
		List<Row> in = rows.stream().filter(r -> r.phase().equals(phase) && r.cued() == cued).toList();
		int start = from >= 0 ? from : in.size() + from;
		return in.subList(start, start + n).stream().mapToDouble(r -> cue ? r.cue() : r.outcome()).average()
			.orElseThrow();
	}

	@Test
	void theSaltResponseChangesSignAtTheDepletionSwitchAndTheTdCueFollowsAfterExperience() throws Exception {
		for (long seed : SEEDS) {
			List<Row> rows = run("td", "none", seed);
			double replete = mean(rows, "replete", false, false, 0, 10), depleted = mean(rows, "depleted", false, false, 0, 1);
			assertTrue(replete < -0.5, "seed " + seed + ": salt pauses the replete population: " + replete + " Hz");
			assertTrue(depleted > 3, "seed " + seed + ": the first salt after depletion bursts: " + depleted + " Hz");
			double first = mean(rows, "depleted", true, true, 0, 3), last = mean(rows, "depleted", true, true, -6, 6);
			assertTrue(first < 0, "seed " + seed + ": under TD the cue still pauses after the switch: " + first + " Hz");
			assertTrue(last > 1.5, "seed " + seed + ": and bursts after experience: " + last + " Hz");
		}
	}

	@Test
	void underTheIncentiveReadoutTheCueFlipsAtOnce() throws Exception {
		for (long seed : SEEDS) {
			List<Row> rows = run("incentive", "none", seed);
			double replete = mean(rows, "replete", true, true, -6, 6), first = mean(rows, "depleted", true, true, 0, 1);
			assertTrue(replete < -0.5, "seed " + seed + ": the cue learned as aversive: " + replete + " Hz");
			assertTrue(first > 3, "seed " + seed + ": the cue wanted on the first depleted trial: " + first + " Hz");
		}
	}

	@Test
	void hypothesisThePolarityFlipDegradesRewardLearningAndChronicStressHoldsIt() throws Exception {
		for (long seed : SEEDS) {
			List<Row> acute = run("td", "acute", seed), chronic = run("td", "chronic", seed);
			double learned = mean(acute, "depleted", true, true, -4, 4), after = mean(acute, "recovery", true, true, 0, 3);
			assertTrue(learned > 1.5, "seed " + seed + ": the salt cue was learned: " + learned + " Hz");
			assertTrue(after < 0.3 * learned, "seed " + seed + ": after the flip its learned value is gone: " + after
				+ " Hz against " + learned + " Hz before");
			assertTrue(mean(acute, "stress", false, false, 0, 10) < -0.5, "seed " + seed
				+ ": in the flipped state salt pauses the population");
			double recovered = mean(acute, "recovery", false, false, 0, 10), held = mean(chronic, "recovery", false, false, 0, 10);
			assertTrue(recovered > 3, "seed " + seed + ": after acute stress salt bursts again: " + recovered + " Hz");
			assertTrue(held < -0.5, "seed " + seed + ": chronic stress holds the flip: " + held + " Hz");
		}
	}
}
