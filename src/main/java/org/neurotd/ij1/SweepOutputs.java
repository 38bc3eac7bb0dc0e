package org.neurotd.ij1;

import java.util.List;

import org.neurotd.decode.FlatteningMetrics;
import org.neurotd.report.OutputFolder;
import org.neurotd.report.Reports;
import org.neurotd.report.Table;
import org.neurotd.sweep.FlatteningSummary;
import org.neurotd.sweep.ShardMerge;

/**
 * The files of a finished loss sweep: flattening.csv (means over seeds), sweep.csv (every seed)
 * and flattening.png. The unsharded sweep and the merge of its shards both write them here, so
 * they come out the same byte for byte.
 */
public final class SweepOutputs {

	private SweepOutputs() {}

	/** The flattening table: means and spread over seeds per loss level, sorted by loss. */
	public static Table flattening(List<List<FlatteningMetrics>> rowsPerSeed) {
		return Reports.flattening(FlatteningSummary.of(rowsPerSeed));
	}

	/** Stages the three files into {@code folder}; {@code readout} names the readout in the figure. */
	public static void stage(OutputFolder folder, List<List<FlatteningMetrics>> rowsPerSeed, long firstSeed,
		String readout)
	{
		Table flattening = flattening(rowsPerSeed);
		folder.text("flattening.csv", flattening.toCsv());
		folder.text(ShardMerge.ROWS, Reports.sweep(rowsPerSeed, firstSeed).toCsv());
		folder.file("flattening.png", f -> Plots.savePng(Plots.flattening(flattening, readout), f));
	}
}
