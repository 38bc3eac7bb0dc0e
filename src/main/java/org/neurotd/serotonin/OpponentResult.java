package org.neurotd.serotonin;

import org.neurotd.population.SpikeRaster;

/**
 * A simulated opponent session: its trials, both populations' neurons and spikes (one raster
 * row per neuron, one trial per recorded trial), and what the learner held at each trial.
 *
 * @param parameters what was simulated
 * @param session the recorded trials
 * @param dopamine dopamine neurons (subset: salience neurons)
 * @param serotonin serotonin neurons (subset: reward-cue-excited neurons)
 * @param dopamineSpikes dopamine spikes
 * @param serotoninSpikes serotonin spikes
 * @param averageOutcome per recorded trial, the learner's slow average outcome at its start
 */
public record OpponentResult(OpponentParameters parameters, Session session, OpponentNeurons dopamine,
	OpponentNeurons serotonin, SpikeRaster dopamineSpikes, SpikeRaster serotoninSpikes, double[] averageOutcome) {}
