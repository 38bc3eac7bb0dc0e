package org.neurotd.sweep;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;

/** The keys of a loss sweep, declared once. */
public final class SweepKeys {

	private SweepKeys() {}

	/** The losses of the demo: healthy, then up to 95 %. */
	private static final double[] DEFAULT_LOSSES = { 0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95 };

	/** Loss levels. */
	public static final Key<String> LOSSES = Key.text("losses", Arrays.stream(DEFAULT_LOSSES).mapToObj(Key::bound)
		.collect(Collectors.joining(","))).label("Loss levels").describe("Comma-separated fractions of neurons lost");
	/** Seeds averaged. */
	public static final Key<Integer> SEEDS = Key.integer("seeds", 1, 1, LossSweep.MAX_SEEDS).label("Seeds")
		.describe("Number of healthy recordings (seed, seed+1, ...) to average");
	/** Part of the sweep to run. */
	public static final Key<String> SHARD = Key.text("shard", "").label("Shard").describe("i/n: run only part i (0 to"
		+ " n-1) of the seed x loss cells, to merge later with the merge command (empty = the whole sweep)");

	/** The shard folders merge puts together (text: paths are left out of run.properties). */
	public static final Key<String> SHARD_FOLDERS = Key.text("inputs", "").label("Shard folders").executionOnly()
		.describe("Comma-separated output folders of the shards of one sweep (all of them, any order)");

	/** Parses "0,0.2,0.5"; the error names {@code losses}. */
	public static double[] losses(String text) {
		try {
			double[] v = Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty())
				.mapToDouble(Double::parseDouble).toArray();
			LossSweep.checkLosses(v);
			return v;
		}
		catch (NumberFormatException e) {
			throw new InvalidParameterException(LOSSES.name(), text, "a comma-separated list of fractions in [0, 1]");
		}
	}
}
