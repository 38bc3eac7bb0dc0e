package org.neurotd.bench;

import org.neurotd.params.InvalidParameterException;
import org.neurotd.population.NeuronParameters;
import org.neurotd.recording.SimulationParameters;
import org.neurotd.task.TaskParameters;
import org.neurotd.td.Representation;
import org.neurotd.td.TdParameters;

/**
 * One benchmark size: a trained population recorded over 2 s trials with the peers' timing (CS
 * at 200 ms, reward at 1200 ms, rewarded with probability 0.8), 5 Hz tonic firing and 200 ms
 * bursts, so each trial holds about as many spikes as the peer scripts'.
 *
 * @param neurons population size
 * @param trials recorded trials
 */
public record Workload(int neurons, int trials) {

	/** The peers' three sizes: 100 x 100, 1000 x 100, 10000 x 20. */
	public static final Workload[] PEER_SIZES = { new Workload(100, 100), new Workload(1000, 100),
		new Workload(10000, 20) };

	/** Trial length of every workload. */
	public static final int DURATION_MS = 2000;

	/** Name as in bench.csv, e.g. {@code 1000x100}. */
	public String name() {
		return neurons + "x" + trials;
	}

	/** The simulation this workload runs. */
	public SimulationParameters simulation(long seed) {
		TaskParameters task = new TaskParameters(DURATION_MS, 200, 1200, 10, 0.8, 1.0);
		NeuronParameters d = NeuronParameters.defaults();
		NeuronParameters neuron = new NeuronParameters(5.0, 25.0, d.spread(), d.pauseDepth(), d.latencyMs(), 200,
			d.refractoryMs(), d.firing());
		return new SimulationParameters(neurons, trials, 300, true, task, TdParameters.defaults(), Representation.CSC,
			neuron, seed);
	}

	/** Parses {@code 100x100,10000x20}; the error names {@code sizes}. */
	public static Workload[] parse(String text) {
		String[] parts = text.split(",");
		Workload[] out = new Workload[parts.length];
		for (int i = 0; i < parts.length; i++) {
			String[] nt = parts[i].trim().toLowerCase(java.util.Locale.ROOT).split("x");
			try {
				if (nt.length != 2) throw new NumberFormatException();
				out[i] = new Workload(Integer.parseInt(nt[0]), Integer.parseInt(nt[1]));
				out[i].simulation(1); // validates the sizes
			}
			catch (NumberFormatException e) {
				throw new InvalidParameterException("sizes", text, "comma-separated NEURONSxTRIALS, e.g. 100x100,10000x20");
			}
		}
		return out;
	}
}
