package org.neurotd.decode;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;
import org.neurotd.release.ReleaseKeys;

/** The keys of the striatal readout and the stay/go chooser ({@link ReadoutParameters}), declared once. */
public final class ReadoutKeys {

	private ReadoutKeys() {}

	/** Readout kind. */
	public static final Key<String> READOUT = Key.choice("readout", Readout.RECEPTOR.key(), Readout.RECEPTOR.key(),
		Readout.LINEAR.key()).label("Striatal readout").describe("receptor: saturating, with a detection threshold (the"
			+ " flattening hypothesis); linear: release read as it is");
	/** Detection threshold. */
	public static final Key<Double> THRESHOLD = Key.number("threshold", 0.3, 0, 1).step(0.01)
		.label("Detection threshold").describe("Smallest phasic concentration the receptors detect, as a fraction of"
			+ " a full burst");
	/** Critic training. */
	public static final Key<Integer> EPISODES = Key.integer("episodes", 400, 1, 100_000).label("Learning episodes")
		.describe("CS+ trials (each with a CS- trial) the striatal critic learns from");
	/** Stay bias. */
	public static final Key<Double> STAY_BIAS = Key.number("stay_bias", 0.1, -1, 1).label("Stay bias")
		.describe("Value of staying put in the stay/go choice");
	/** Softmax temperature; below the minimum the choice is deterministic to machine precision. */
	public static final Key<Double> TEMPERATURE = Key.number("temperature", 0.1, ReadoutParameters.MIN_TEMPERATURE, 10)
		.label("Choice temperature").describe("Softmax temperature of the stay/go choice");

	/** The readout block. */
	public static final Block<ReadoutParameters> BLOCK = new Block<>("readout",
		List.of(READOUT, THRESHOLD, ReleaseKeys.CONVERGENCE, ReleaseKeys.RELEASE_PER_SPIKE, EPISODES, STAY_BIAS,
			TEMPERATURE),
		v -> new ReadoutParameters(Readout.parse(v.get(READOUT)), v.get(THRESHOLD), v.get(EPISODES), v.get(STAY_BIAS),
			v.get(TEMPERATURE), ReleaseKeys.BLOCK.read(v)),
		r -> Values.none().with(READOUT, r.readout().key()).with(THRESHOLD, r.threshold())
			.and(ReleaseKeys.BLOCK.write(r.release())).with(EPISODES, r.episodes()).with(STAY_BIAS, r.stayBias())
			.with(TEMPERATURE, r.temperature()));
}
