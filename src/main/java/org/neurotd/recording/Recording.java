package org.neurotd.recording;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.neurotd.task.TrialEvents;

/**
 * A simulated recording: the events of each recorded trial, one or more named populations with
 * their spikes, and every parameter and seed needed to reproduce it bit for bit.
 *
 * @param simulation parameters of the healthy simulation
 * @param events per recorded trial, its cue, outcome and choice
 * @param populations the recorded populations, dopamine first, each name once
 * @param protocol the experiment, when it is not the Pavlovian task of {@link Simulation}
 */
public record Recording(SimulationParameters simulation, TrialEvents events, List<RecordedPopulation> populations,
	Protocol protocol)
{

	/** Name of the dopamine population. */
	public static final String DOPAMINE = "dopamine";

	/** Validates that every population has one raster row set per trial, and names are unique. */
	public Recording {
		populations = List.copyOf(populations);
		java.util.Objects.requireNonNull(protocol, "protocol");
		if (populations.isEmpty()) throw new IllegalArgumentException("a recording holds at least one population");
		Set<String> names = new HashSet<>();
		for (RecordedPopulation p : populations) {
			if (!names.add(p.name())) throw new IllegalArgumentException("population '" + p.name() + "' twice");
			if (p.raster().trials() != events.size()) {
				throw new IllegalArgumentException(p.name() + ": " + p.raster().trials() + " trials of spikes but "
					+ events.size() + " of events");
			}
		}
	}

	/** A recording of the Pavlovian task of {@link Simulation}. */
	public Recording(SimulationParameters simulation, TrialEvents events, List<RecordedPopulation> populations) {
		this(simulation, events, populations, Protocol.PAVLOVIAN);
	}

	/**
	 * The population called {@code name}.
	 *
	 * @throws IllegalArgumentException if the recording has none
	 */
	public RecordedPopulation population(String name) {
		for (RecordedPopulation p : populations) {
			if (p.name().equals(name)) return p;
		}
		throw new IllegalArgumentException("the recording has no " + name + " population");
	}

	/** The dopamine population. */
	public RecordedPopulation dopamine() {
		return population(DOPAMINE);
	}

	/** Whether any population is lesioned. */
	public boolean lesioned() {
		return populations.stream().anyMatch(p -> p.lesion().isPresent());
	}

	/** This recording with {@code replacement} in place of the population of the same name. */
	public Recording with(RecordedPopulation replacement) {
		List<RecordedPopulation> out = new ArrayList<>(populations);
		out.set(out.indexOf(population(replacement.name())), replacement);
		return new Recording(simulation, events, out, protocol);
	}
}
