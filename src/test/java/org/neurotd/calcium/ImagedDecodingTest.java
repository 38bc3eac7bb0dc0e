package org.neurotd.calcium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurotd.decode.ObservedErrors;
import org.neurotd.decode.ErrorObserver;
import org.neurotd.population.SpikeRaster;
import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;
import org.neurotd.recording.Recording;
import org.neurotd.recording.RecordingMetadata;
import org.neurotd.recording.Simulation;
import org.neurotd.recording.SimulationKeys;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.params.Values;
import org.neurotd.task.TaskParameters;

/**
 * Spikes inferred by OASIS from AR(1) calcium traces of a simulated recording's neurons (one
 * trace per neuron, the trials back to back at 30 Hz, as a movie shows them), decoded as any
 * recording is: the decoded error's sign and timing match the decoding of the true spikes.
 */
class ImagedDecodingTest {

	private static final double FRAME_MS = 1000.0 / 30, TAU_MS = 150, AMPLITUDE = 0.4, NOISE = 0.05;

	@Test
	void decodedErrorFromInferredSpikesMatchesTheSpikesInSignAndTiming() {
		Recording recording = recording(40);
		TaskParameters task = recording.simulation().task();
		MovieMetadata movie = movie(recording);
		SpikeRaster raster = recording.dopamine().raster();
		List<List<int[]>> inferred = new ArrayList<>();
		double g = TraceAnalysis.decayPerFrame(TAU_MS, FRAME_MS);
		Rng noise = new Rng(11);
		for (int i = 0; i < raster.neurons(); i++) {
			double[] trace = calcium(raster, i, task.durationMs(), g, noise);
			double sd = TraceAnalysis.noiseSd(trace, g);
			double[] s = Oasis.deconvolve(trace, g, sd, 0).spikes();
			for (int f = 0; f < s.length; f++) s[f] /= AMPLITUDE;
			inferred.add(ImagedRecording.spikeTimes(s, movie, task.durationMs(), new Rng(3).fork(i)));
		}
		ObservedErrors truth = ErrorObserver.observe(recording);
		ObservedErrors seen = ErrorObserver.observe(ImagedRecording.of(movie, inferred));
		int cs = task.csTimeMs(), reward = task.rewardTimeMs();
		assertTrue(mean(truth.rewarded(), truth.timeMs(), cs, cs + 200) > 0.3, "the spikes' CS response is positive");
		assertTrue(mean(seen.rewarded(), seen.timeMs(), cs, cs + 200) > 0.3, "so is the movie's");
		assertTrue(mean(truth.omitted(), truth.timeMs(), reward, reward + 200) < -0.1, "the spikes' omission dip");
		assertTrue(mean(seen.omitted(), seen.timeMs(), reward, reward + 200) < -0.1, "and the movie's");
		assertEquals(centre(truth.rewarded(), truth.timeMs(), cs - 100, cs + 400),
			centre(seen.rewarded(), seen.timeMs(), cs - 100, cs + 400), FRAME_MS, "centre of the CS response (ms)");
		assertEquals(centre(neg(truth.omitted()), truth.timeMs(), reward - 100, reward + 400),
			centre(neg(seen.omitted()), seen.timeMs(), reward - 100, reward + 400), 2 * FRAME_MS,
			"centre of the omission dip (ms)");
	}

	@Test
	void aFieldOfViewsCellsStandForTheirPopulationAtItsSize() {
		Recording recording = recording(60);
		TaskParameters task = recording.simulation().task();
		MovieMetadata movie = movie(recording);
		SpikeRaster raster = recording.dopamine().raster();
		List<List<int[]>> third = new ArrayList<>();
		for (int i = 0; i < raster.neurons(); i += 3) {
			List<int[]> perTrial = new ArrayList<>();
			for (int k = 0; k < raster.trials(); k++) {
				int[] t = new int[raster.count(k, i)];
				for (int j = 0; j < t.length; j++) t[j] = raster.time(raster.from(k, i) + j);
				perTrial.add(t);
			}
			third.add(perTrial);
		}
		Recording imaged = ImagedRecording.of(movie, third);
		assertEquals(20, imaged.dopamine().raster().neurons());
		double all = mean(ErrorObserver.observe(recording).rewarded(), ErrorObserver.observe(recording).timeMs(),
			task.csTimeMs(), task.csTimeMs() + 200);
		ObservedErrors sample = ErrorObserver.observe(imaged);
		double seen = mean(sample.rewarded(), sample.timeMs(), task.csTimeMs(), task.csTimeMs() + 200);
		assertEquals(all, seen, 0.25 * all, "the CS response of a third of the neurons, at the population's scale");
	}

	private static Recording recording(int neurons) {
		SimulationParameters p = SimulationKeys.BLOCK.read(Values.none().with(SimulationKeys.NEURONS, neurons)
			.with(SimulationKeys.TRIALS, 20).with(SimulationKeys.TRAINING, 200));
		return Simulation.run(p, 2, Progress.NONE).recording();
	}

	/** What a 30 Hz movie of {@code recording}'s trials, back to back, says about itself. */
	private static MovieMetadata movie(Recording recording) {
		return new MovieMetadata(FRAME_MS, 0, TAU_MS, AMPLITUDE, recording.events().size(),
			recording.simulation().task().durationMs(), Recording.DOPAMINE, 1, RecordingMetadata.write(recording));
	}

	/** Neuron {@code i}'s AR(1) dF/F over the trials back to back, frame by frame, with Gaussian noise. */
	private static double[] calcium(SpikeRaster raster, int i, int durationMs, double g, Rng noise) {
		int frames = (int) Math.ceil(raster.trials() * durationMs / FRAME_MS);
		double[] spikes = new double[frames];
		for (int k = 0; k < raster.trials(); k++) {
			for (int j = raster.from(k, i); j < raster.to(k, i); j++) {
				spikes[(int) ((k * durationMs + raster.time(j)) / FRAME_MS)]++;
			}
		}
		double[] trace = new double[frames];
		double c = 0;
		for (int f = 0; f < frames; f++) {
			c = g * c + AMPLITUDE * spikes[f];
			trace[f] = c + NOISE * noise.nextGaussian();
		}
		return trace;
	}

	private static double mean(double[] v, int[] timeMs, int from, int to) {
		double sum = 0;
		int n = 0;
		for (int s = 0; s < v.length; s++) {
			if (timeMs[s] >= from && timeMs[s] < to) {
				sum += v[s];
				n++;
			}
		}
		return sum / n;
	}

	/** Centre of mass of the positive part of {@code v} between the times. */
	private static double centre(double[] v, int[] timeMs, int from, int to) {
		double mass = 0, moment = 0;
		for (int s = 0; s < v.length; s++) {
			if (timeMs[s] >= from && timeMs[s] < to && v[s] > 0) {
				mass += v[s];
				moment += v[s] * timeMs[s];
			}
		}
		return moment / mass;
	}

	private static double[] neg(double[] v) {
		double[] out = new double[v.length];
		for (int i = 0; i < v.length; i++) out[i] = -v[i];
		return out;
	}
}
