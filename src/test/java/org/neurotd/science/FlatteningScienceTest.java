package org.neurotd.science;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.decode.Readout;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.parkinson.LossOrder;
import org.neurotd.progress.Progress;
import org.neurotd.recording.Recording;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.sweep.LossSweep;

/**
 * Parkinson's loss flattens the value a striatal critic learns, read from the sweep's numbers
 * (science notes, section 3): value contrast stays near healthy while compensation holds and falls
 * far below it past the compensation limit; d' falls with the square root of the survivors; the
 * share of stay choices rises; a linear readout does not flatten.
 */
class FlatteningScienceTest {

	private static final double[] LOSSES = { 0, 0.2, 0.5, 0.75, 0.9, 0.95 };
	private static List<FlatteningMetrics> receptor;
	private static List<FlatteningMetrics> linear;

	@BeforeAll
	static void sweep() {
		SimulationParameters p = SimulationParameters.defaults();
		p = new SimulationParameters(1000, 10, p.training(), true, p.task(), p.td(), p.representation(), p.neuron(), 7);
		Recording healthy = Simulation.run(p, 2, Progress.NONE).recording();
		DegradationParameters lesion = new DegradationParameters(0, 0, true, 4, LossOrder.RANDOM, 7);
		ReadoutParameters defaults = ReadoutParameters.defaults();
		receptor = LossSweep.sweep(healthy, LOSSES, lesion, defaults, Progress.NONE);
		ReadoutParameters lin = new ReadoutParameters(Readout.LINEAR, defaults.threshold(), defaults.episodes(),
			defaults.stayBias(), defaults.temperature(), defaults.release());
		linear = LossSweep.sweep(healthy, LOSSES, lesion, lin, Progress.NONE);
	}

	private static FlatteningMetrics at(List<FlatteningMetrics> rows, double loss) {
		return rows.stream().filter(m -> m.loss() == loss).findFirst().orElseThrow();
	}

	@Test
	void valueContrastStaysNearHealthyAtLowLossAndFallsFarBelowIt() {
		assertEquals(1.0, at(receptor, 0).valueContrast(), 0.1);
		assertEquals(1.0, at(receptor, 0.2).valueContrast(), 0.1);
		assertEquals(1.0, at(receptor, 0.5).valueContrast(), 0.1);
		assertTrue(at(receptor, 0.9).valueContrast() < 0.85, "90 %: " + at(receptor, 0.9));
		assertTrue(at(receptor, 0.95).valueContrast() < 0.5, "95 %: " + at(receptor, 0.95));
		assertTrue(at(receptor, 0.95).valueContrast() < at(receptor, 0.9).valueContrast());
		assertTrue(at(receptor, 0.9).valueContrast() < at(receptor, 0.5).valueContrast());
	}

	@Test
	void stayFractionRisesWithLoss() {
		assertTrue(at(receptor, 0.9).stayFraction() > at(receptor, 0).stayFraction());
		assertTrue(at(receptor, 0.95).stayFraction() > at(receptor, 0.9).stayFraction());
		assertTrue(at(receptor, 0.95).stayFraction() > 0.1, "freezing at 95 %: " + at(receptor, 0.95));
	}

	@Test
	void dprimeFallsWithTheSquareRootOfTheSurvivors() {
		double ratio = at(receptor, 0.75).dprime() / at(receptor, 0).dprime();
		assertEquals(Math.sqrt(0.25), ratio, 0.08);
		for (int i = 1; i < receptor.size(); i++) {
			assertTrue(receptor.get(i).dprime() < receptor.get(i - 1).dprime(), "d' falls monotonically");
		}
	}

	@Test
	void aLinearReadoutDoesNotFlattenLikeTheReceptorOne() {
		assertTrue(at(linear, 0.95).valueContrast() > at(receptor, 0.95).valueContrast() + 0.3,
			"linear " + at(linear, 0.95) + " vs receptor " + at(receptor, 0.95));
		assertTrue(at(linear, 0.9).valueContrast() > 0.75, "linear at 90 %: " + at(linear, 0.9));
	}
}
