package org.neurotd.science;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurotd.commands.HeadlessRun;
import org.neurotd.commands.SimulatePopulation;
import org.scijava.Context;
import org.scijava.app.StatusService;
import org.scijava.command.CommandService;

/**
 * Simulate Population with {@code learner=rw}, read from the files it writes: the Rescorla-Wagner
 * rule drives the same neurons (a burst at the CS, a dip at an omitted reward, read from the
 * spikes) but has no time within a trial, so its value does not ramp and a late reward leaves no
 * dip at the usual time, where TD's does.
 */
class RescorlaWagnerSimulationTest {

	private static Context context;
	@TempDir
	static Path dir;

	@BeforeAll
	static void context() {
		System.setProperty("java.awt.headless", "true");
		context = new Context(CommandService.class, StatusService.class);
	}

	@AfterAll
	static void close() {
		context.dispose();
	}

	/** One column of a CSV the command wrote, by time step (rows in order). */
	private static double[] column(Path out, String file, String name) throws Exception {
		List<String> lines = Files.readAllLines(out.resolve(file));
		int c = List.of(lines.get(0).split(",")).indexOf(name);
		return lines.subList(1, lines.size()).stream().mapToDouble(l -> {
			String v = l.split(",", -1)[c];
			return v.isEmpty() ? Double.NaN : Double.parseDouble(v);
		}).toArray();
	}

	private static Path simulate(String learner) throws Exception {
		Path out = dir.resolve(learner);
		HeadlessRun.completed(context.service(CommandService.class), SimulatePopulation.class, "learner", learner,
			"neurons", 200, "output", out.toFile());
		assertTrue(Files.readString(out.resolve("run.properties")).contains("learner = " + learner));
		return out;
	}

	/** Mean of {@code v} over the 10 ms bins from {@code fromMs} to {@code toMs}. */
	private static double mean(double[] v, int fromMs, int toMs) {
		double s = 0;
		for (int k = fromMs / 10; k < toMs / 10; k++) s += v[k];
		return s / (toMs / 10 - fromMs / 10);
	}

	@Test
	void rescorlaWagnerDrivesTheNeuronsWithoutTimeWithinTheTrial() throws Exception {
		Path rw = simulate("rw"), td = simulate("td");
		double[] rewarded = column(rw, "psth.csv", "rewarded_hz"), omitted = column(rw, "psth.csv", "omitted_hz");
		double baseline = mean(rewarded, 0, 500);
		assertTrue(mean(rewarded, 570, 720) > baseline + 5, "RW: burst at the CS");
		assertTrue(mean(omitted, 1570, 720 + 1000) < baseline - 1, "RW: dip at the omitted reward");

		double[] value = column(rw, "td.csv", "value");
		for (int k = 51; k < 150; k++) assertEquals(value[50], value[k], 1e-12, "RW's value is flat from CS to reward");
		double[] tdValue = column(td, "td.csv", "value");
		assertTrue(tdValue[149] > tdValue[51], "TD's value ramps up to the reward (discounting)");

		double rwDip = column(rw, "timing.csv", "late_delta")[150], tdDip = column(td, "timing.csv", "late_delta")[150];
		assertEquals(0, rwDip, 1e-12, "RW: no dip at the usual time when the reward is late");
		assertTrue(tdDip < -0.3, "TD dips there: " + tdDip);
	}
}
