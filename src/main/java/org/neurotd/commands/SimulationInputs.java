package org.neurotd.commands;

import java.util.ArrayList;
import java.util.List;

import org.neurotd.ij1.RecordingImages;
import org.neurotd.params.Key;
import org.neurotd.params.RunKeys;
import org.neurotd.recording.RecordingSize;
import org.neurotd.recording.SimulationKeys;
import org.neurotd.recording.SimulationParameters;

/** What Simulate Population and the loss sweeps share: a healthy simulation's keys and its checks. */
public abstract class SimulationInputs extends DopamineCommand {

	/** The keys of a healthy simulation a command takes, with the worker threads. */
	protected static final List<Key<?>> SIMULATION = join(SimulationKeys.INPUTS, List.of(RunKeys.THREADS));

	/** The lists one after the other. */
	@SafeVarargs
	protected static List<Key<?>> join(List<Key<?>>... lists) {
		List<Key<?>> all = new ArrayList<>();
		for (List<Key<?>> l : lists) all.addAll(l);
		return List.copyOf(all);
	}

	/**
	 * Fails, before anything is allocated, unless simulating {@code p} and building
	 * {@code images} full-size images of it fits in memory (and in an ImageJ image).
	 */
	protected static void requireMemory(SimulationParameters p, double images) {
		if (images > 0) RecordingImages.requireImageSize(p.neurons(), p.trials(), p.task().durationMs());
		RecordingSize.require(p, images);
	}

	/** The simulation these inputs describe, validated (threads too). */
	protected SimulationParameters simulation() {
		threads();
		return SimulationKeys.BLOCK.read(values());
	}
}
