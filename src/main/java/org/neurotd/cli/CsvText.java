package org.neurotd.cli;

/** A CSV as an aligned text table for a terminal. */
final class CsvText {

	private CsvText() {}

	static String table(String csv) {
		String[] lines = csv.split("\n");
		String[][] cells = new String[lines.length][];
		int[] width = new int[lines[0].split(",", -1).length];
		for (int r = 0; r < lines.length; r++) {
			cells[r] = lines[r].split(",", -1);
			for (int c = 0; c < cells[r].length; c++) width[c] = Math.max(width[c], cells[r][c].length());
		}
		StringBuilder sb = new StringBuilder();
		for (String[] row : cells) {
			for (int c = 0; c < row.length; c++) sb.append(" ".repeat(width[c] + 2 - row[c].length())).append(row[c]);
			sb.append('\n');
		}
		return sb.toString();
	}
}
