package org.neurotd.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A table of numbers with named columns: what the commands write as CSV and show as ImageJ
 * ResultsTables. Undefined cells ({@code NaN}) are written empty.
 */
public final class Table {

	private final List<String> columns;
	private final List<double[]> rows = new ArrayList<>();

	/** An empty table with these column names. */
	public Table(String... columns) {
		this.columns = List.of(columns);
	}

	/** Appends a row; it must have one value per column. */
	public Table add(double... row) {
		if (row.length != columns.size()) {
			throw new IllegalArgumentException("row has " + row.length + " values for " + columns.size() + " columns");
		}
		rows.add(row.clone());
		return this;
	}

	/** Column names. */
	public List<String> columns() {
		return columns;
	}

	/** Number of rows. */
	public int size() {
		return rows.size();
	}

	/** Value at a row and a column. */
	public double get(int row, String column) {
		int c = columns.indexOf(column);
		if (c < 0) throw new IllegalArgumentException("no column " + column + " in " + columns);
		return rows.get(row)[c];
	}

	/** One column's values. */
	public double[] column(String column) {
		double[] v = new double[rows.size()];
		for (int i = 0; i < v.length; i++) v[i] = get(i, column);
		return v;
	}

	/** The rows (read-only). */
	public List<double[]> rows() {
		return Collections.unmodifiableList(rows);
	}

	/** CSV with a header row; numbers in shortest round-trip form, NaN as an empty cell. */
	public String toCsv() {
		StringBuilder sb = new StringBuilder(String.join(",", columns)).append('\n');
		for (double[] row : rows) {
			for (int c = 0; c < row.length; c++) {
				if (c > 0) sb.append(',');
				sb.append(format(row[c]));
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	/** Fixed-width text for a terminal. */
	public String toText() {
		StringBuilder sb = new StringBuilder();
		int[] width = new int[columns.size()];
		for (int c = 0; c < columns.size(); c++) {
			width[c] = Math.max(15, columns.get(c).length() + 2);
			sb.append(String.format(Locale.ROOT, "%" + width[c] + "s", columns.get(c)));
		}
		sb.append('\n');
		for (double[] row : rows) {
			for (int c = 0; c < row.length; c++) sb.append(String.format(Locale.ROOT, "%" + width[c] + ".4f", row[c]));
			sb.append('\n');
		}
		return sb.toString();
	}

	private static String format(double v) {
		if (Double.isNaN(v)) return "";
		if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
		return Double.toString(v);
	}
}
