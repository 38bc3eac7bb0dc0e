package org.neurotd.calcium;

/**
 * One cell's traces, frame by frame, from raw fluorescence to inferred spikes.
 *
 * @param f mean fluorescence over the ROI (offset removed)
 * @param fneu mean over its neuropil annulus
 * @param dff dF/F of F - r x Fneu against its running baseline
 * @param calcium the AR(1) calcium fitted to dF/F
 * @param inferred the inferred spikes per frame: calcium jumps divided by one spike's dF/F when
 *          the movie gives it (so in spikes), otherwise in dF/F
 * @param noiseSd the estimated noise SD of dF/F
 */
public record CellTrace(double[] f, double[] fneu, double[] dff, double[] calcium, double[] inferred, double noiseSd) {}
