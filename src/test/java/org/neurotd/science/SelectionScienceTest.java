package org.neurotd.science;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neurotd.selection.SelectionExperiment;
import org.neurotd.selection.SelectionLearner;
import org.neurotd.selection.SelectionParameters;
import org.neurotd.selection.SelectionReadout;

/**
 * Parkinson's on and off medication in the probabilistic selection task (Frank, Seeberger &amp;
 * O'Reilly 2004), read from the selection.csv the experiment writes, over several seeds: off
 * medication avoid-B beats choose-A, on medication the reverse, healthy learners sit between with
 * little bias; the flip needs both the D1/D2 receptor readout and separate Go/NoGo weights.
 */
class SelectionScienceTest {

	private static final int SEEDS = 4;
	private static final int SUBJECTS = 150;

	private static final Map<String, Map<String, Double>> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

	/** Mean over seeds of avoid_b - choose_a for each group, from selection.csv (each variant run once). */
	private static Map<String, Double> asymmetry(SelectionReadout readout, SelectionLearner learner) {
		return RUNS.computeIfAbsent(readout + "/" + learner, k -> run(readout, learner));
	}

	private static Map<String, Double> run(SelectionReadout readout, SelectionLearner learner) {
		SelectionParameters d = SelectionParameters.defaults();
		Map<String, Double> sum = new HashMap<>();
		for (int seed = 1; seed <= SEEDS; seed++) {
			SelectionParameters p = new SelectionParameters(d.groups(), SUBJECTS, d.neurons(), d.loss(), d.medication(),
				d.quantal(), d.goRate(), d.nogoRate(), d.criticRate(), d.beta(), d.blocks(), d.criterion(),
				d.testRepeats(), readout, learner, seed);
			for (Map.Entry<String, double[]> row : read(SelectionExperiment.run(p).summaryCsv()).entrySet()) {
				sum.merge(row.getKey(), (row.getValue()[1] - row.getValue()[0]) / SEEDS, Double::sum);
			}
		}
		return sum;
	}

	/** group -> {choose_a, avoid_b} from the text of selection.csv. */
	private static Map<String, double[]> read(String csv) {
		List<String> lines = csv.lines().toList();
		assertEquals("group,choose_a,avoid_b", lines.get(0));
		Map<String, double[]> rows = new HashMap<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] f = line.split(",");
			rows.put(f[0], new double[] { Double.parseDouble(f[1]), Double.parseDouble(f[2]) });
		}
		return rows;
	}

	@Test
	void offMedicationAvoidsBetterOnMedicationChoosesBetterHealthyBetween() {
		Map<String, Double> a = asymmetry(SelectionReadout.RECEPTOR, SelectionLearner.GO_NOGO);
		assertTrue(a.get("pd_off") > 0.03, "off medication avoid B - choose A: " + a);
		assertTrue(a.get("pd_on") < -0.02, "on medication avoid B - choose A: " + a);
		assertTrue(a.get("pd_off") > a.get("healthy") + 0.03 && a.get("pd_on") < a.get("healthy") - 0.02,
			"healthy lies between: " + a);
		assertTrue(Math.abs(a.get("healthy")) < 0.02, "healthy learners show no strong bias: " + a);
	}

	@Test
	void noFlipWhenTheStriatumReadsBurstsAndDipsAlike() {
		Map<String, Double> receptor = asymmetry(SelectionReadout.RECEPTOR, SelectionLearner.GO_NOGO);
		Map<String, Double> linear = asymmetry(SelectionReadout.LINEAR, SelectionLearner.GO_NOGO);
		double flip = receptor.get("pd_off") - receptor.get("pd_on");
		double linearFlip = linear.get("pd_off") - linear.get("pd_on");
		assertTrue(flip > 0.07, "receptor readout: " + receptor);
		assertTrue(Math.abs(linearFlip) < 0.025, "linear readout: " + linear);
	}

	@Test
	void noFlipWithASingleWeightPerStimulus() {
		Map<String, Double> single = asymmetry(SelectionReadout.RECEPTOR, SelectionLearner.SINGLE);
		assertTrue(Math.abs(single.get("pd_off") - single.get("pd_on")) < 0.025, "single weight: " + single);
	}
}
