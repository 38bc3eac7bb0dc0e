package org.neurotd.recording;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The experiment a recording comes from when it is not the Pavlovian task its simulation
 * parameters describe: the protocol's name and its own parameters (the keys of its declared
 * block, as text), written to the metadata so that the recording can be simulated again from it.
 *
 * @param name a single lowercase word, e.g. {@code opponent}
 * @param parameters the protocol's parameters, key to value text; empty for the Pavlovian task
 */
public record Protocol(String name, Map<String, String> parameters) {

	/** The one-cue Pavlovian task of {@link Simulation}, which the simulation parameters describe in full. */
	public static final Protocol PAVLOVIAN = new Protocol("pavlovian", Map.of());

	/** Validates the name; keeps the parameters' order. */
	public Protocol {
		if (!name.matches("[a-z][a-z0-9_]*")) throw new IllegalArgumentException("protocol name '" + name + "'");
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}
}
