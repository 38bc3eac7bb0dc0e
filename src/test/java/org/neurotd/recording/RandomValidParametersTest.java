package org.neurotd.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neurotd.decode.Readout;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.decode.ValueDecoding;
import org.neurotd.release.ReleaseParameters;
import org.neurotd.ij1.RecordingImages;
import org.neurotd.parkinson.Degradation;
import org.neurotd.parkinson.DegradationParameters;
import org.neurotd.parkinson.LossOrder;
import org.neurotd.population.Firing;
import org.neurotd.population.FiringParameters;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.SpikeRaster;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;
import org.neurotd.report.Reports;
import org.neurotd.report.Table;
import org.neurotd.task.TaskParameters;
import org.neurotd.task.TrialEvent;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;

/**
 * Property test over random valid parameter sets (a seeded loop, so a failure names the case
 * and reruns the same): no crash, no NaN in outputs except the documented empty cells (rewarded
 * or omitted columns with no such trials), rates never negative, spike counts consistent between
 * the raster, its image and the PSTH, and the same recording at any thread count.
 */
class RandomValidParametersTest {

	static final int CASES = 40;

	@BeforeAll
	static void headless() {
		System.setProperty("java.awt.headless", "true");
	}

	@Test
	void randomValidParameterSetsGiveConsistentFiniteOutputs() {
		Rng draw = new Rng(20261127);
		List<String> failures = new ArrayList<>();
		for (int c = 0; c < CASES; c++) {
			SimulationParameters p = random(draw.fork(c));
			try {
				check(p, draw.fork(c, 1));
			}
			catch (AssertionError | RuntimeException e) {
				failures.add("case " + c + " " + p + ": " + e);
			}
		}
		assertEquals(List.of(), failures);
	}

	static SimulationParameters random(Rng r) {
		int step = 1 + r.nextInt(20);
		int duration = step * (10 + r.nextInt(150));
		int cs = step * r.nextInt(duration / step - 2);
		int reward = cs + 1 + r.nextInt(duration - step - cs);
		TaskParameters task = new TaskParameters(duration, cs, reward, step, r.nextDouble(), 3 * r.nextDouble());
		TdParameters td = new TdParameters(0.9 + 0.1 * r.nextDouble(), r.nextDouble(), 0.3 * r.nextDouble());
		NeuronParameters neuron = new NeuronParameters(0.5 + 20 * r.nextDouble(), 60 * r.nextDouble(), 1.5 * r.nextDouble(),
			r.nextDouble(), r.nextInt(200), 1 + r.nextInt(300), 1 + 19 * r.nextDouble(),
			new FiringParameters(Firing.values()[r.nextInt(2)], 1 + 99 * r.nextDouble(), 100 * r.nextDouble()));
		return new SimulationParameters(1 + r.nextInt(40), 1 + r.nextInt(6), r.nextInt(80), r.nextInt(2) == 0, task, td,
			Representation.values()[r.nextInt(2)], neuron, r.nextLong());
	}

	static void check(SimulationParameters p, Rng r) {
		Simulation.Result result = Simulation.run(p, 1, Progress.NONE);
		Recording rec = result.recording();
		SpikeRaster raster = rec.dopamine().raster();
		assertEquals(raster, Simulation.run(p, 3, Progress.NONE).recording().dopamine().raster(), "thread count changed the spikes");
		long counted = 0;
		for (int k = 0; k < raster.trials(); k++) {
			for (int i = 0; i < raster.neurons(); i++) {
				for (int s = raster.from(k, i); s < raster.to(k, i); s++) {
					assertTrue(raster.time(s) >= 0 && raster.time(s) < raster.durationMs(), "spike outside the trial");
					if (s > raster.from(k, i)) assertTrue(raster.time(s) > raster.time(s - 1), "two spikes in one ms bin");
				}
				counted += raster.count(k, i);
			}
		}
		assertEquals(raster.spikeCount(), counted);
		assertEquals(raster, RecordingImages.fromImage(RecordingImages.toImage(rec, "r")).dopamine().raster(), "image round trip");
		Table psth = Reports.psth(rec);
		double perSpike = 1000.0 / (raster.trials() * raster.neurons() * p.task().stepMs());
		double total = 0;
		for (double v : psth.column("rate_hz")) {
			assertTrue(v >= 0 && Double.isFinite(v), "rate " + v);
			total += v;
		}
		assertEquals(raster.spikeCount(), total / perSpike, 1e-6 * Math.max(1, raster.spikeCount()), "PSTH vs spikes");
		boolean anyRewarded = false, anyOmitted = false;
		for (TrialEvent e : rec.events().trials()) {
			anyRewarded |= e.rewarded();
			anyOmitted |= !e.rewarded();
		}
		emptyOnlyWhen(psth.column("rewarded_hz"), !anyRewarded);
		emptyOnlyWhen(psth.column("omitted_hz"), !anyOmitted);
		Table td = Reports.td(result.trainedTrial(), p.task());
		for (String col : List.of("value", "delta")) emptyOnlyWhen(td.column(col), false);
		double loss = r.nextDouble();
		if (p.neurons() - Math.round(loss * p.neurons()) < 1) return;
		Recording degraded = Degradation.apply(rec, new DegradationParameters(loss, 0.9 * r.nextDouble(),
			r.nextInt(2) == 0, 1 + 10 * r.nextDouble(), LossOrder.values()[r.nextInt(2)], r.nextLong()));
		ReadoutParameters readout = new ReadoutParameters(Readout.values()[r.nextInt(2)], r.nextDouble(), 5 + r.nextInt(30),
			2 * r.nextDouble() - 1, 0.001 + r.nextDouble(),
			new ReleaseParameters(1 + r.nextInt(ReleaseParameters.MAX_CONVERGENCE), 0.01 + 10 * r.nextDouble()));
		ValueDecoding d = ValueDecoding.of(degraded, readout);
		Table metrics = Reports.metrics(d.metrics());
		boolean undefined = !(d.healthy().contrast() >= ValueDecoding.MIN_HEALTHY_CONTRAST);
		for (String col : metrics.columns()) emptyOnlyWhen(metrics.column(col), undefined && col.equals("value_contrast"));
		assertEquals(undefined, d.warnings().stream().anyMatch(w -> w.contains("value_contrast is undefined")));
		double stay = d.metrics().stayFraction();
		assertTrue(stay >= 0 && stay <= 1, "stay fraction " + stay);
		Table decoded = Reports.decoding(d);
		for (String col : List.of("decoded_error", "critic_value", "healthy_value")) emptyOnlyWhen(decoded.column(col), false);
		emptyOnlyWhen(decoded.column("decoded_rewarded"), !anyRewarded);
		emptyOnlyWhen(decoded.column("decoded_omitted"), !anyOmitted);
	}

	/** Every value is finite, or every one is empty (NaN) when the column has no trials. */
	static void emptyOnlyWhen(double[] column, boolean empty) {
		for (double v : column) {
			assertTrue(empty ? Double.isNaN(v) : Double.isFinite(v), (empty ? "expected empty, got " : "not finite: ") + v);
		}
	}
}
