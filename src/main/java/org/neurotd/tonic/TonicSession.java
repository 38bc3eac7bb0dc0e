package org.neurotd.tonic;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.Population;
import org.neurotd.population.ResponseCourse;
import org.neurotd.population.SpikeGenerator;
import org.neurotd.population.SpikeRaster;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;
import org.neurotd.release.LocalRelease;
import org.neurotd.report.Table;

/**
 * A free-operant session recorded from a dopamine population: the agent's phasic errors drive
 * the population's bursts and pauses ({@link ResponseCourse}, {@link SpikeGenerator}) and its
 * slow reward average sets the tonic level they ride on, either the cells' tonic firing or the
 * release each spike makes ({@link LocalRelease}). The whole session is one continuous trial.
 * Everything reported is read back from the spikes (or the release) and the agent's responses.
 */
public final class TonicSession {

	/** The columns of tonic.csv. */
	public static final String[] TONIC_COLUMNS = { "time_s", "reward_rate", "tonic", "phasic", "rewards" };

	private static final long AGENT = 1, POPULATION = 2, SPIKES = 3, RELEASE = 4;

	/**
	 * A recorded session.
	 *
	 * @param parameters what made it
	 * @param behaviour the agent's responses and errors
	 * @param raster the population's spikes (one trial: the session)
	 * @param signal the components of the recorded signal (spikes, or release)
	 * @param firing the components of the spikes alone
	 * @param responseHz the phasic response of the recorded signal to each of the agent's responses
	 * @param blocks the vigour rows, one per block
	 */
	public record Result(TonicParameters parameters, FreeOperantAgent.Behaviour behaviour, SpikeRaster raster,
		TonicComponents signal, TonicComponents firing, double[] responseHz, List<VigourRow> blocks) {}

	private TonicSession() {}

	/** Runs and records the session of {@code p}. */
	public static Result run(TonicParameters p, int threads, Progress progress) {
		Rng rng = new Rng(p.seed());
		progress.report("agent", 0, 3);
		FreeOperantAgent.Behaviour b = FreeOperantAgent.run(p, rng.fork(AGENT));
		double[] envelope = new double[b.average().length];
		for (int k = 0; k < envelope.length; k++) envelope[k] = 1 + p.tonicGain() * b.average()[k];
		NeuronParameters neuron = NeuronParameters.defaults();
		Population population = Population.create(neuron, p.neurons(), rng.fork(POPULATION));
		boolean onFiring = p.envelope() == Envelope.FIRING;
		ResponseCourse course = ResponseCourse.of(b.delta(), onFiring ? envelope : null, FreeOperantAgent.STEP_MS, neuron);
		progress.report("spikes", 1, 3);
		SpikeRaster raster = SpikeGenerator.generate(population, List.of(course), rng.fork(SPIKES), threads, progress);
		int[] spikes = new int[raster.durationMs()];
		raster.histogram(0, spikes);
		int[] signal = onFiring ? spikes
			: LocalRelease.events(spikes, envelope, FreeOperantAgent.STEP_MS, rng.fork(RELEASE));
		progress.report("components", 2, 3);
		TonicComponents measured = TonicComponents.of(signal, p.neurons());
		TonicComponents firing = onFiring ? measured : TonicComponents.of(spikes, p.neurons());
		double[] responseHz = new double[b.responses().size()];
		for (int i = 0; i < responseHz.length; i++) {
			responseHz[i] = measured.responseHz(signal, b.responses().get(i).timeMs(), p.neurons());
		}
		return new Result(p, b, raster, measured, firing, responseHz, blocks(p, b, responseHz, measured, firing));
	}

	private static List<VigourRow> blocks(TonicParameters p, FreeOperantAgent.Behaviour b, double[] responseHz,
		TonicComponents measured, TonicComponents firing)
	{
		List<VigourRow> rows = new ArrayList<>();
		int blockMs = p.blockS() * 1000;
		for (int k = 0; k < p.blocks(); k++) {
			int from = k * blockMs + settleMs(p), to = (k + 1) * blockMs;
			SummaryStatistics latency = new SummaryStatistics(), response = new SummaryStatistics();
			int rewards = 0;
			for (int i = 0; i < responseHz.length; i++) {
				FreeOperantAgent.Response r = b.responses().get(i);
				if (r.timeMs() - r.latencyS() * 1000 < from || r.timeMs() >= to) continue;
				latency.addValue(r.latencyS());
				if (r.rewarded()) {
					rewards++;
					response.addValue(responseHz[i]);
				}
			}
			double halfS = (to - from) / 1000.0;
			rows.add(new VigourRow(k, rewards / halfS, latency.getMean(), measured.meanTonicHz(from, to),
				firing.meanTonicHz(from, to), response.getMean(), rewards));
		}
		return rows;
	}

	/**
	 * How long into a block the vigour rows start: three time constants of the reward average
	 * (95 % of the way to the block's level), at most half the block.
	 */
	public static int settleMs(TonicParameters p) {
		return (int) Math.min(p.blockS() * 500L, Math.round(3000 * p.tonicTauS()));
	}

	/** tonic.csv: per 100 ms bin, the schedule's reward rate, the measured components and the rewards collected. */
	public static Table tonicTable(Result r) {
		Table t = new Table(TONIC_COLUMNS);
		int[] rewards = new int[r.signal().tonicHz().length];
		for (FreeOperantAgent.Response x : r.behaviour().responses()) {
			if (x.rewarded() && x.timeMs() / TonicComponents.BIN_MS < rewards.length) rewards[x.timeMs() / TonicComponents.BIN_MS]++;
		}
		double binS = TonicComponents.BIN_MS / 1000.0;
		for (int i = 0; i < rewards.length; i++) {
			double time = (i + 0.5) * binS;
			double rate = r.parameters().rates().get(Math.min(r.parameters().blocks() - 1, (int) (time / r.parameters().blockS())));
			t.add(time, rate, r.signal().tonicHz()[i], r.signal().phasicHz()[i], rewards[i]);
		}
		return t;
	}

	/** vigour.csv. */
	public static Table vigourTable(Result r) {
		Table t = new Table(VigourRow.COLUMNS);
		for (VigourRow row : r.blocks()) t.add(row.values());
		return t;
	}
}
