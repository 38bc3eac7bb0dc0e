package org.neurotd.recording;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.neurotd.params.Block;
import org.neurotd.params.InvalidParameterException;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

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

	/**
	 * The record of {@code block} these parameters describe.
	 *
	 * @throws InvalidParameterException naming {@code recording} when one of the block's keys is missing
	 */
	public <R> R read(Block<R> block) {
		for (Key<?> k : block.keys()) {
			if (!parameters.containsKey(k.name())) {
				throw new InvalidParameterException("recording", "has corrupted metadata: no 'protocol." + k.name() + "'");
			}
		}
		return block.read(Values.parse(block.keys(), parameters));
	}
}
