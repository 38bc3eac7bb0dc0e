package org.neurotd.selection;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Every subject's result, and each group's mean test accuracy with its standard error. */
public record SelectionResults(List<SelectionGroup> groups, List<SubjectResult> subjects) {

	/** Copies the lists. */
	public SelectionResults {
		groups = List.copyOf(groups);
		subjects = List.copyOf(subjects);
	}

	/** Mean choose-A accuracy of a group's subjects. */
	public double chooseA(SelectionGroup group) {
		return mean(group, SubjectResult::chooseA);
	}

	/** Mean avoid-B accuracy of a group's subjects. */
	public double avoidB(SelectionGroup group) {
		return mean(group, SubjectResult::avoidB);
	}

	/** Standard error of the mean choose-A accuracy over a group's subjects. */
	public double chooseASem(SelectionGroup group) {
		return sem(group, SubjectResult::chooseA);
	}

	/** Standard error of the mean avoid-B accuracy over a group's subjects. */
	public double avoidBSem(SelectionGroup group) {
		return sem(group, SubjectResult::avoidB);
	}

	/** Number of subjects in a group. */
	public int count(SelectionGroup group) {
		return (int) subjects.stream().filter(s -> s.group() == group).count();
	}

	/** {@code selection.csv}: {@code group,choose_a,avoid_b}, means over each group's subjects. */
	public String summaryCsv() {
		StringBuilder sb = new StringBuilder("group,choose_a,avoid_b\n");
		for (SelectionGroup g : groups) {
			sb.append(g.key()).append(',').append(chooseA(g)).append(',').append(avoidB(g)).append('\n');
		}
		return sb.toString();
	}

	/** {@code subjects.csv}: one row per subject. */
	public String subjectsCsv() {
		StringBuilder sb = new StringBuilder("group,subject,blocks,criterion_met,choose_a,avoid_b\n");
		for (SubjectResult s : subjects) {
			sb.append(String.format(Locale.ROOT, "%s,%d,%d,%b,%s,%s%n", s.group().key(), s.subject(), s.blocks(),
				s.criterionMet(), s.chooseA(), s.avoidB()));
		}
		return sb.toString();
	}

	/** A terminal table of the means and standard errors. */
	public String toText() {
		StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-8s %9s %9s %9s %9s%n", "group", "choose_a",
			"sem", "avoid_b", "sem"));
		for (SelectionGroup g : groups) {
			sb.append(String.format(Locale.ROOT, "%-8s %9.4f %9.4f %9.4f %9.4f%n", g.key(), chooseA(g), chooseASem(g),
				avoidB(g), avoidBSem(g)));
		}
		return sb.toString();
	}

	private double mean(SelectionGroup group, ToDoubleFunction<SubjectResult> f) {
		return subjects.stream().filter(s -> s.group() == group).mapToDouble(f).average().orElse(Double.NaN);
	}

	private double sem(SelectionGroup group, ToDoubleFunction<SubjectResult> f) {
		double m = mean(group, f);
		double[] v = subjects.stream().filter(s -> s.group() == group).mapToDouble(f).toArray();
		if (v.length < 2) return Double.NaN;
		double ss = 0;
		for (double x : v) ss += (x - m) * (x - m);
		return Math.sqrt(ss / (v.length - 1) / v.length);
	}
}
