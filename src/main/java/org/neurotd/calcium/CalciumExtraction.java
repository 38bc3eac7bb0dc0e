package org.neurotd.calcium;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.imglib2.RandomAccessibleInterval;
import net.imglib2.type.numeric.RealType;

import org.neurotd.decode.CriticValues;
import org.neurotd.decode.ReadoutParameters;
import org.neurotd.decode.StriatalCritic;
import org.neurotd.decode.ValueDecoding;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.random.Rng;
import org.neurotd.recording.Recording;

/**
 * A calcium movie analysed back to spikes and decoded: ROI traces and their neuropil, dF/F,
 * OASIS spike inference; against the ground truth when the movie has it, the inferred spikes'
 * accuracy; and when the movie shows a simulated dopamine population, the same decoding as a
 * spike recording gets, of the inferred spikes and of the imaged cells' true spikes.
 *
 * @param rois the ROIs, in the set's order
 * @param traces each ROI's traces
 * @param frameMs the frame interval
 * @param truth the ground truth matched to the ROIs, if the movie has one and the ROIs are its cells
 * @param accuracy per ROI, the correlation of inferred and true spikes in 40 ms bins (empty without truth)
 * @param microscope the decoding of the inferred spikes (empty unless a dopamine movie with its recording)
 * @param spikes the decoding of the imaged cells' true spikes (likewise)
 * @param warnings what the user should know about the results
 */
public record CalciumExtraction(List<CellRoi> rois, List<CellTrace> traces, double frameMs, Optional<GroundTruth> truth,
	double[] accuracy, Optional<ValueDecoding> microscope, Optional<ValueDecoding> spikes, List<String> warnings)
{
	/** The random stream of the inferred spikes' times within their frames. */
	private static final long SPIKE_TIME_STREAM = 41;

	/**
	 * Analyses {@code movie}.
	 *
	 * @param frameMs the frame interval (from the calibration when the movie has no metadata)
	 * @param metadata the movie's own metadata, if it was made by Simulate Calcium Imaging
	 * @param truth the ground truth beside the movie, or null
	 * @throws InvalidParameterException naming the key when an input cannot be used
	 */
	public static CalciumExtraction run(RandomAccessibleInterval<? extends RealType<?>> movie, double frameMs,
		Optional<MovieMetadata> metadata, List<CellRoi> rois, GroundTruth truth, ExtractionParameters p,
		ReadoutParameters readout)
	{
		double tauMs = p.tauMs() > 0 ? p.tauMs() : metadata.map(MovieMetadata::tauMs).orElseThrow(
			() -> new InvalidParameterException("tau_ms", "the movie has no Dopamine TD metadata to take the indicator's"
				+ " decay from: give its decay time constant in ms"));
		try {
			TraceAnalysis.decayPerFrame(tauMs, frameMs);
		}
		catch (IllegalArgumentException e) {
			throw new InvalidParameterException("movie", "frame rate too low for the indicator: " + e.getMessage());
		}
		RawTraces raw;
		try {
			raw = RawTraces.read(movie, rois, metadata.map(MovieMetadata::offset).orElse(0.0));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidParameterException("rois", e.getMessage());
		}
		List<String> warnings = new ArrayList<>();
		for (int r = 0; r < rois.size(); r++) {
			if (raw.annulusPixels()[r] == 0) warnings.add("ROI " + rois.get(r).name() + " has no neuropil around it: F is"
				+ " not corrected");
		}
		List<CellTrace> traces = TraceAnalysis.analyse(raw, p, frameMs, tauMs,
			metadata.map(MovieMetadata::dffPerSpike).orElse(Double.NaN));
		Optional<GroundTruth> matched = Optional.ofNullable(truth).filter(t -> matches(t, rois));
		if (truth != null && matched.isEmpty()) warnings.add("the ROIs are not the movie's cells (names differ from "
			+ GroundTruth.CELLS + "): no accuracy or decoding against the truth");
		double[] accuracy = matched.map(t -> accuracy(t, traces, frameMs)).orElse(new double[0]);
		Optional<ValueDecoding> microscope = Optional.empty(), spikes = Optional.empty();
		if (metadata.isPresent() && matched.isPresent() && metadata.get().recording() != null) {
			MovieMetadata m = metadata.get();
			if (!m.population().equals(Recording.DOPAMINE)) {
				warnings.add("the movie images the " + m.population() + " population: the value decoder reads dopamine");
			}
			else {
				try {
					Recording fromMovie = ImagedRecording.of(m, inferredTimes(traces, m));
					Recording fromSpikes = ImagedRecording.of(m, trueTimes(matched.get(), m));
					CriticValues healthy = StriatalCritic.learnReference(fromMovie.simulation(), readout);
					microscope = Optional.of(ValueDecoding.of(fromMovie, readout, healthy));
					spikes = Optional.of(ValueDecoding.of(fromSpikes, readout, healthy));
				}
				catch (IllegalArgumentException e) {
					warnings.add("no decoding: " + e.getMessage());
				}
			}
		}
		return new CalciumExtraction(List.copyOf(rois), traces, frameMs, matched, accuracy, microscope, spikes,
			List.copyOf(warnings));
	}

	private static boolean matches(GroundTruth truth, List<CellRoi> rois) {
		if (truth.cells() != rois.size()) return false;
		for (int i = 0; i < rois.size(); i++) {
			if (!truth.names().get(i).equals(rois.get(i).name())) return false;
		}
		return true;
	}

	private static double[] accuracy(GroundTruth truth, List<CellTrace> traces, double frameMs) {
		double[] r = new double[traces.size()];
		for (int i = 0; i < r.length; i++) {
			double[] inferred = SpikeAccuracy.binFrames(traces.get(i).inferred(), frameMs);
			r[i] = SpikeAccuracy.correlation(inferred, SpikeAccuracy.binTimes(truth.movieTimes(i), inferred.length));
		}
		return r;
	}

	private static List<List<int[]>> inferredTimes(List<CellTrace> traces, MovieMetadata m) {
		int duration = (int) Math.round(m.trialMs());
		Rng rng = new Rng(m.seed()).fork(SPIKE_TIME_STREAM);
		List<List<int[]>> out = new ArrayList<>();
		for (int i = 0; i < traces.size(); i++) out.add(ImagedRecording.spikeTimes(traces.get(i).inferred(), m, duration, rng.fork(i)));
		return out;
	}

	private static List<List<int[]>> trueTimes(GroundTruth truth, MovieMetadata m) {
		int duration = (int) Math.round(m.trialMs());
		List<List<int[]>> out = new ArrayList<>();
		for (int i = 0; i < truth.cells(); i++) out.add(ImagedRecording.trueTimes(truth.spikes().get(i), m, duration));
		return out;
	}
}
