package org.neurotd.population;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of the dopamine neurons' firing model ({@link NeuronParameters}), declared once. */
public final class NeuronKeys {

	private NeuronKeys() {}

	/** Mean tonic rate. */
	public static final Key<Double> BASELINE = Key.numberAbove("baseline", 4.5, 0, 100).label("Tonic rate").unit("Hz")
		.describe("Mean tonic firing rate (lognormal across neurons)");
	/** Burst gain. */
	public static final Key<Double> BURST = Key.number("burst", 20, 0, 200).label("Burst gain").unit("Hz")
		.describe("Mean rate increase for an error of 1 (a full unpredicted reward)");
	/** Spread across neurons. */
	public static final Key<Double> SPREAD = Key.number("spread", 0.3, 0, 1.5).label("Spread")
		.describe("Lognormal sigma of baseline and gain across neurons (0 = identical neurons)");
	/** Pause depth. */
	public static final Key<Double> PAUSE_DEPTH = Key.number("pause_depth", 1, 0, 1).label("Pause depth")
		.describe("Fraction of the tonic rate silenced by an error of -1");
	/** Response latency. */
	public static final Key<Integer> LATENCY = Key.integer("latency", 70, 0, 500).label("Latency").unit("ms")
		.describe("Response latency after the event");
	/** Response length. */
	public static final Key<Integer> BURST_MS = Key.integer("burst_ms", 150, 1, 1000).label("Response length")
		.unit("ms").describe("How long a response lasts");
	/** Refractory period: at least 1 ms, so a 1 ms bin holds at most one spike. */
	public static final Key<Double> REFRACTORY = Key.number("refractory", 2, 1, 20).label("Refractory period")
		.unit("ms").describe("Absolute refractory period");

	/** The neuron block, with the firing block inside. */
	public static final Block<NeuronParameters> BLOCK = new Block<>("neuron", keys(),
		v -> new NeuronParameters(v.get(BASELINE), v.get(BURST), v.get(SPREAD), v.get(PAUSE_DEPTH), v.get(LATENCY),
			v.get(BURST_MS), v.get(REFRACTORY), FiringKeys.BLOCK.read(v)),
		n -> Values.none().with(BASELINE, n.baselineHz()).with(BURST, n.burstHz()).with(SPREAD, n.spread())
			.with(PAUSE_DEPTH, n.pauseDepth()).with(LATENCY, n.latencyMs()).with(BURST_MS, n.burstMs())
			.with(REFRACTORY, n.refractoryMs()).and(FiringKeys.BLOCK.write(n.firing())));

	private static List<Key<?>> keys() {
		List<Key<?>> keys = new java.util.ArrayList<>(List.of(BASELINE, BURST, SPREAD, PAUSE_DEPTH, LATENCY, BURST_MS,
			REFRACTORY));
		keys.addAll(FiringKeys.BLOCK.keys());
		return keys;
	}
}
