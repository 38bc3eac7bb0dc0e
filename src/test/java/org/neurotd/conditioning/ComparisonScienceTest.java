package org.neurotd.conditioning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurotd.progress.Progress;
import org.neurotd.td.LearningRule;

/**
 * Rescorla-Wagner against TD, read from compare.csv as written: blocking in both, second-order
 * conditioning and the chain's earliest-cue response in TD only. The responses are measured from
 * the recorded spikes.
 */
class ComparisonScienceTest {

	private static String csv;
	private static final Map<String, double[]> ROWS = new HashMap<>();

	@BeforeAll
	static void run() {
		csv = Comparison.csv(Comparison.run(ComparisonParameters.defaults(), 2, Progress.NONE));
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

	@Test
	void sameSeedSameNumbersWhateverTheThreadsAndTheLearnersRunBeside() {
		ComparisonParameters d = ComparisonParameters.defaults();
		ComparisonParameters tdOnly = new ComparisonParameters(List.of(LearningRule.TD), d.pretraining(), d.training(),
			d.cueIntervalMs(), d.representation(), d.rwRate(), d.neurons(), d.trials(), d.seed());
		String td = Comparison.csv(Comparison.run(tdOnly, 1, Progress.NONE));
		StringBuilder expected = new StringBuilder(Comparison.COLUMNS).append('\n');
		for (String line : csv.split("\n")) if (line.contains(",td,")) expected.append(line).append('\n');
		assertEquals(expected.toString(), td);
	}
}
