package org.neurotd.calcium;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.decode.ValueDecoding;
import org.neurotd.report.Table;

/** The tables an extraction writes. */
public final class ExtractionTables {

	private ExtractionTables() {}

	/** traces.csv: per frame and ROI (numbered from 1), F, Fneu, dF/F and the inferred spikes. */
	public static Table traces(CalciumExtraction e) {
		Table t = new Table("frame", "roi", "f", "fneu", "dff", "inferred");
		int frames = e.traces().isEmpty() ? 0 : e.traces().get(0).f().length;
		for (int f = 0; f < frames; f++) {
			for (int r = 0; r < e.traces().size(); r++) {
				CellTrace c = e.traces().get(r);
				t.add(f, r + 1, c.f()[f], c.fneu()[f], c.dff()[f], c.inferred()[f]);
			}
		}
		return t;
	}

	/**
	 * accuracy.csv: per ROI, the correlation of inferred and true spikes in 40 ms bins, the true
	 * and inferred spike counts and the noise SD of dF/F.
	 */
	public static Table accuracy(CalciumExtraction e) {
		Table t = new Table("roi", "correlation", "true_spikes", "inferred_spikes", "noise_sd");
		GroundTruth truth = e.truth().orElseThrow();
		for (int r = 0; r < e.traces().size(); r++) {
			double inferred = 0;
			for (double v : e.traces().get(r).inferred()) inferred += v;
			t.add(r + 1, e.accuracy()[r], truth.spikes().get(r).size(), inferred, e.traces().get(r).noiseSd());
		}
		return t;
	}

	/**
	 * decode.csv: per TD step, the error decoded from the true spikes of the imaged cells and from
	 * the spikes inferred from the movie (rewarded and omitted trials), and the value a critic
	 * learns from each.
	 */
	public static Table decoding(ValueDecoding spikes, ValueDecoding microscope) {
		Table t = new Table("time_ms", "spikes_rewarded", "spikes_omitted", "movie_rewarded", "movie_omitted",
			"spikes_value", "movie_value", "healthy_value");
		var s = spikes.errors();
		var m = microscope.errors();
		for (int i = 0; i < s.timeMs().length; i++) {
			t.add(s.timeMs()[i], s.rewarded()[i], s.omitted()[i], m.rewarded()[i], m.omitted()[i],
				spikes.critic().value()[i], microscope.critic().value()[i], spikes.healthy().value()[i]);
		}
		return t;
	}

	/** metrics.csv: the flattening metrics from the true spikes (from_movie 0) and from the movie (1). */
	public static Table metrics(ValueDecoding spikes, ValueDecoding microscope) {
		List<String> columns = new ArrayList<>(List.of("from_movie"));
		columns.addAll(FlatteningMetrics.COLUMNS);
		Table t = new Table(columns.toArray(String[]::new));
		t.add(row(0, spikes.metrics()));
		t.add(row(1, microscope.metrics()));
		return t;
	}

	private static double[] row(double fromMovie, FlatteningMetrics m) {
		double[] v = m.values();
		double[] row = new double[v.length + 1];
		row[0] = fromMovie;
		System.arraycopy(v, 0, row, 1, v.length);
		return row;
	}
}
