package org.neurotd.sweep;

import java.util.Arrays;

import org.neurotd.decode.ReadoutKeys;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;
import org.neurotd.parkinson.DegradationKeys;
import org.neurotd.release.ReleaseKeys;

/** The keys of the knee sweep, declared once: the values of each knee-placing number to sweep. */
public final class KneeKeys {

	private KneeKeys() {}

	/** Compensation caps. */
	public static final Key<String> CAPS = Key.text("caps", "2,4,8").label("Compensation caps")
		.describe("Comma-separated compensation caps to sweep (each " + DegradationKeys.CAP.allowed() + ")");
	/** Detection thresholds. */
	public static final Key<String> THRESHOLDS = Key.text("thresholds", "0.15,0.3,0.45").label("Detection thresholds")
		.describe("Comma-separated detection thresholds to sweep (each " + ReadoutKeys.THRESHOLD.allowed() + ")");
	/** Inputs per striatal locus. */
	public static final Key<String> CONVERGENCES = Key.text("convergences", "1000").label("Inputs per locus")
		.describe("Comma-separated numbers of dopamine inputs per striatal locus to sweep (each "
			+ ReleaseKeys.CONVERGENCE.allowed() + ")");
	/** The loss levels of the knee sweep: finer around the knee than the demo's. */
	public static final Key<String> LOSSES = SweepKeys.LOSSES.withDefault("0,0.5,0.6,0.65,0.7,0.75,0.8,0.85,0.9,0.95");

	/** The values of a list key, each checked against the key of the single value. */
	public static double[] numbers(Key<String> list, String text, Key<Double> each) {
		double[] v = parse(list, text, each.allowed());
		for (double x : v) {
			if (!(x >= each.min() && x <= each.max())) throw new InvalidParameterException(list.name(), text,
				"a comma-separated list, each " + each.allowed());
		}
		return v;
	}

	/** The values of an integer list key, each checked against the key of the single value. */
	public static int[] integers(Key<String> list, String text, Key<Integer> each) {
		double[] v = parse(list, text, each.allowed());
		int[] out = new int[v.length];
		for (int i = 0; i < v.length; i++) {
			if (v[i] != Math.rint(v[i]) || !(v[i] >= each.min() && v[i] <= each.max())) {
				throw new InvalidParameterException(list.name(), text, "a comma-separated list, each " + each.allowed());
			}
			out[i] = (int) v[i];
		}
		return out;
	}

	private static double[] parse(Key<String> list, String text, String allowed) {
		try {
			double[] v = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
				.mapToDouble(Double::parseDouble).toArray();
			if (v.length == 0) throw new NumberFormatException();
			return v;
		}
		catch (NumberFormatException e) {
			throw new InvalidParameterException(list.name(), text, "a comma-separated list, each " + allowed);
		}
	}
}
