package org.neurotd.ij1;

import ij.measure.ResultsTable;

import org.neurotd.report.Table;

/** Tables as ImageJ ResultsTables. */
public final class Tables {

	private Tables() {}

	/** A ResultsTable with the same columns and rows. */
	public static ResultsTable toResultsTable(Table table) {
		ResultsTable rt = new ResultsTable();
		for (double[] row : table.rows()) {
			rt.incrementCounter();
			for (int c = 0; c < row.length; c++) rt.addValue(table.columns().get(c), row[c]);
		}
		return rt;
	}
}
