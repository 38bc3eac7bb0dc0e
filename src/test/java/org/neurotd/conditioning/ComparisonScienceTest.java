package org.neurotd.conditioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.CompareLearners;
import org.neurotd.commands.HeadlessRun;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * Rescorla-Wagner against TD, read from compare.csv as written: blocking in both, second-order
 * conditioning and the chain's earliest-cue response in TD only. The responses are measured from
 * the recorded spikes.
 */
class ComparisonScienceTest {

	private static Context context;
	@TempDir
	static Path dir;
	private static String csv;
	private static final Map<String, double[]> ROWS = new HashMap<>();

	/** compare.csv of the command run with {@code inputs} (name, value, ...) into {@code folder}. */
	private static String compare(String folder, Object... inputs) throws Exception {
		Path out = dir.resolve(folder);
		Object[] all = java.util.Arrays.copyOf(inputs, inputs.length + 2);
		all[inputs.length] = "output";
		all[inputs.length + 1] = out.toFile();
		HeadlessRun.completed(context.service(CommandService.class), CompareLearners.class, all);
		assertTrue(Files.size(out.resolve("compare.png")) > 1000, "compare.png written");
		return Files.readString(out.resolve("compare.csv"));
	}

	@BeforeAll
	static void run() throws Exception {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
		csv = compare("defaults");
		String[] lines = csv.split("\n");
		assertEquals(Comparison.COLUMNS, lines[0]);
		for (int i = 1; i < lines.length; i++) {
			String[] c = lines[i].split(",", -1);
			double value = c[3].isEmpty() ? Double.NaN : Double.parseDouble(c[3]);
			ROWS.put(c[0] + "/" + c[1] + "/" + c[2], new double[] { value, Double.parseDouble(c[4]) });
		}
	}

	private static double value(String paradigm, String learner, String cue) {
		return ROWS.get(paradigm + "/" + learner + "/" + cue)[0];
	}

	private static double response(String paradigm, String learner, String cue) {
		return ROWS.get(paradigm + "/" + learner + "/" + cue)[1];
	}

	@Test
	void bothLearnersBlockTheCueAddedToAPretrainedOne() {
		for (String learner : List.of("td", "rw")) {
			double blocked = response("blocking", learner, "B"), control = response("blocking", learner, "D");
			assertTrue(control > 2, learner + ": the control compound's cue responds: " + control + " Hz");
			assertTrue(blocked < 0.25 * control, learner + ": B blocked: " + blocked + " vs control " + control);
			assertTrue(value("blocking", learner, "B") < 0.25 * value("blocking", learner, "D"), learner + " values");
		}
	}

	@Test
	void secondOrderConditioningGivesTheUnrewardedCueValueAndABurstUnderTdOnly() {
		assertTrue(value("second_order", "td", "B") > 0.1, "TD: B borrows A's value " + value("second_order", "td", "B"));
		assertTrue(response("second_order", "td", "B") > 1, "TD: burst at B " + response("second_order", "td", "B"));
		assertTrue(value("second_order", "rw", "B") <= 0, "RW: B no value or an inhibitor " + value("second_order", "rw", "B"));
		assertTrue(response("second_order", "rw", "B") < 0.3, "RW: no burst at B " + response("second_order", "rw", "B"));
		for (String learner : List.of("td", "rw")) {
			assertTrue(response("second_order", learner, "A") > 3, learner + ": A itself still predicts the reward");
		}
	}

	@Test
	void inTheChainTdRespondsAtTheEarliestCueRescorlaWagnerAtTheCueNextToTheReward() {
		double c = response("chain", "td", "C");
		assertTrue(c > 3, "TD: burst at C " + c);
		for (String later : List.of("B", "A", "reward")) {
			double r = response("chain", "td", later);
			assertTrue(Math.abs(r) < 0.2 * c, "TD: no response at " + later + ": " + r + " vs C " + c);
		}
		double a = response("chain", "rw", "A");
		assertTrue(a > 3, "RW: A keeps the prediction " + a);
		assertTrue(response("chain", "rw", "C") < 0.2 * a, "RW: C blocked " + response("chain", "rw", "C"));
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	@Test
	void sameSeedSameNumbersWhateverTheThreadsAndTheLearnersRunBeside() throws Exception {
		String td = compare("td-only", "learner", "td", "threads", 1);
		StringBuilder expected = new StringBuilder(Comparison.COLUMNS).append('\n');
		for (String line : csv.split("\n")) if (line.contains(",td,")) expected.append(line).append('\n');
		assertEquals(expected.toString(), td);
	}
}
