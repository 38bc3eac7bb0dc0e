package org.neurotd.ij1;

import java.util.List;

import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.Reports;
import org.neurotd.report.Table;
import org.neurotd.sweep.LossSweep;
import org.neurotd.sweep.ShardMerge;

/**
 * The files of a finished loss sweep: flattening.csv (means over seeds), sweep.csv (every seed)
 * and flattening.png. The unsharded sweep and the merge of its shards both write them here, so
 * they come out the same byte for byte.
 */
public final class SweepOutputs {

	private SweepOutputs() {}

	/** The flattening table: means over seeds per loss level. */
	public static Table flattening(List<List<FlatteningMetrics>> rowsPerSeed) {
		return Reports.flattening(LossSweep.mean(rowsPerSeed));
	}

	/** Stages the three files into {@code folder}. */
	public static void stage(OutputFolder folder, List<List<FlatteningMetrics>> rowsPerSeed, long firstSeed) {
		Table flattening = flattening(rowsPerSeed);
		folder.text("flattening.csv", flattening.toCsv());
		folder.text(ShardMerge.ROWS, Reports.sweep(rowsPerSeed, firstSeed).toCsv());
		folder.file("flattening.png", f -> Plots.savePng(Plots.flattening(flattening), f));
	}
}
