package org.neurotd.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.random.Rng;

class SelectionExperimentTest {

	private static SelectionParameters with(int subjects, boolean criterion, long seed) {
		SelectionParameters d = SelectionParameters.defaults();
		return new SelectionParameters(d.groups(), subjects, 200, d.loss(), d.medication(), d.quantal(), d.goRate(),
			d.nogoRate(), d.criticRate(), d.beta(), d.blocks(), criterion, d.testRepeats(), d.readout(), d.learner(),
			seed);
	}

	@Test
	void sameSeedSameBytesOtherSeedOtherNumbers() {
		SelectionResults a = SelectionExperiment.run(with(20, true, 3));
		SelectionResults b = SelectionExperiment.run(with(20, true, 3));
		assertEquals(a.subjectsCsv(), b.subjectsCsv());
		assertEquals(a.summaryCsv(), b.summaryCsv());
		assertNotEquals(a.subjectsCsv(), SelectionExperiment.run(with(20, true, 4)).subjectsCsv());
	}

	@Test
	void aSubjectDoesNotDependOnHowManyOthersRun() {
		SubjectResult alone = SelectionExperiment.subject(SelectionGroup.PD_ON, 5, with(6, true, 2));
		SubjectResult among = SelectionExperiment.run(with(30, true, 2)).subjects().stream()
			.filter(s -> s.group() == SelectionGroup.PD_ON && s.subject() == 5).findFirst().orElseThrow();
		assertEquals(alone, among);
	}

	@Test
	void summaryIsTheMeanOfTheSubjects() {
		SelectionResults r = SelectionExperiment.run(with(25, true, 1));
		List<String> lines = r.summaryCsv().lines().toList();
		assertEquals("group,choose_a,avoid_b", lines.get(0));
		assertEquals(List.of("healthy", "pd_off", "pd_on"), lines.subList(1, 4).stream().map(l -> l.split(",")[0]).toList());
		for (SelectionGroup g : SelectionGroup.values()) {
			double sum = 0;
			for (SubjectResult s : r.subjects()) if (s.group() == g) sum += s.chooseA();
			assertEquals(sum / 25, r.chooseA(g), 1e-12);
			assertEquals(25, r.count(g));
			assertTrue(r.chooseASem(g) > 0 && r.chooseASem(g) < 0.1, "sem " + r.chooseASem(g));
		}
		assertEquals(1 + 75, r.subjectsCsv().lines().count());
	}

	@Test
	void trainingStopsAtTheCriterionOnlyWhenAskedTo() {
		SelectionResults stop = SelectionExperiment.run(with(30, true, 1));
		SelectionResults full = SelectionExperiment.run(with(30, false, 1));
		assertTrue(stop.subjects().stream().anyMatch(s -> s.blocks() < 6 && s.criterionMet()));
		assertTrue(stop.subjects().stream().allMatch(s -> s.blocks() == 6 || s.criterionMet()));
		assertTrue(full.subjects().stream().allMatch(s -> s.blocks() == 6));
	}

	/** What the striatum reads from the spikes after a full burst and a full dip. */
	private static double[] read(SelectionGroup group, double delta) {
		SelectionParameters p = SelectionParameters.defaults();
		DopamineSignal d = DopamineSignal.of(group, p, new Rng(8));
		Rng spikes = new Rng(9);
		double sum = 0;
		int n = 400;
		for (int i = 0; i < n; i++) sum += d.error(d.concentration(delta, spikes));
		return new double[] { sum / n, d.tonic() };
	}

	@Test
	void fewNeuronsCarryWeakBurstsAndDipsLDopaRaisesBothAndTheTonicLevel() {
		assertEquals(1.0, read(SelectionGroup.HEALTHY, 1)[0], 0.02);
		assertEquals(-1.0, read(SelectionGroup.HEALTHY, -1)[0], 0.02);
		assertEquals(0.0, read(SelectionGroup.HEALTHY, 0)[0], 0.02);
		double survivors = 1 - SelectionParameters.defaults().loss();
		assertEquals(survivors, read(SelectionGroup.PD_OFF, 1)[0], 0.05);
		assertEquals(-survivors, read(SelectionGroup.PD_OFF, -1)[0], 0.05);
		assertEquals(survivors, read(SelectionGroup.PD_OFF, 0)[1], 0.05);
		double quantal = SelectionParameters.defaults().quantal();
		assertEquals(quantal * survivors, read(SelectionGroup.PD_ON, 1)[0], 0.08);
		assertTrue(read(SelectionGroup.PD_ON, 0)[1] > 1, "L-DOPA raises tonic dopamine above healthy");
	}

	@Test
	void d2GainRisesAtLowTonicDopamineAndFallsAtHighD1HardlyMoves() {
		StriatalPathways healthy = new StriatalPathways(SelectionReadout.RECEPTOR, 1);
		StriatalPathways low = new StriatalPathways(SelectionReadout.RECEPTOR, 0.2);
		StriatalPathways high = new StriatalPathways(SelectionReadout.RECEPTOR, 1.5);
		assertEquals(1, healthy.go(1), 1e-12);
		assertEquals(1, healthy.nogo(-1), 1e-12);
		assertTrue(low.nogo(-1) > 3 && high.nogo(-1) < 0.7, low.nogo(-1) + " " + high.nogo(-1));
		assertEquals(1, low.go(1), 0.05);
		assertEquals(1, high.go(1), 0.05);
		StriatalPathways linear = new StriatalPathways(SelectionReadout.LINEAR, 0.2);
		assertEquals(1, linear.nogo(-1), 1e-12);
	}

	@Test
	void badValuesNameTheParameter() {
		SelectionParameters d = SelectionParameters.defaults();
		InvalidParameterException e = assertThrows(InvalidParameterException.class,
			() -> new SelectionParameters(List.of(), 1, 100, 0.8, 1, 2.5, .3, .3, .9, 1, 6, true, 4, d.readout(),
				d.learner(), 1));
		assertEquals("groups", e.parameter());
		e = assertThrows(InvalidParameterException.class, () -> new SelectionParameters(d.groups(), 0, 100, 0.8, 1, 2.5,
			.3, .3, .9, 1, 6, true, 4, d.readout(), d.learner(), 1));
		assertEquals("subjects", e.parameter());
	}
}
