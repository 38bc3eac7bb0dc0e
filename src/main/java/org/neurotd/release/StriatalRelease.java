package org.neurotd.release;

import org.neurotd.population.NeuronParameters;
import org.neurotd.random.Rng;

/**
 * Spikes to release to concentration at one striatal locus. The locus pools
 * {@code convergence} dopamine inputs drawn from the population; the surviving ones fire as
 * the survivors' summed response map says (tonic rate, burst gain and pause depth), for one burst
 * window. Each spike makes release events at the input's surviving terminals (Poisson, with mean
 * {@code releasePerSpike} times the share of terminals kept), and compensation raises what each
 * event releases (Zigmond et al. 1990). So losing cells removes spikes, and losing terminals
 * removes release events, which makes each spike's release noisier; compensation restores the
 * mean but not the events. The concentration is read relative to the tonic level the receptors
 * have adapted to, in units of what a healthy locus releases for a full positive error.
 * <p>
 * Terminals that have taken up serotonin co-release it from the same vesicles (Zhou et al. 2005):
 * a {@code serotoninShare} of each event's content is serotonin, which displaces dopamine and
 * counts against it at the same synapses, so each event signals {@code 1 - 2 x share} of a
 * dopamine event, tonic and phasic release alike.
 */
public final class StriatalRelease {

	private final double tonicSpikes;
	private final double gainSpikes;
	private final double pauseDepth;
	private final double eventsPerSpike;
	private final double perEvent;
	private final double tonicRelease;
	private final Rng rng;

	/**
	 * @param survivorsTonicHz summed tonic rate of the surviving neurons
	 * @param survivorsGainHz their summed burst gain, Hz per unit error
	 * @param healthyNeurons size of the population before any loss, of which the locus pools a sample
	 * @param terminalsKept share of the survivors' terminals left (1 - denervation)
	 * @param compensation factor by which each remaining event's release is raised (1 = none)
	 * @param neuron the response time course (burst window, pause depth) and the healthy mean gain
	 */
	public StriatalRelease(ReleaseParameters p, double survivorsTonicHz, double survivorsGainHz, int healthyNeurons,
		double terminalsKept, double compensation, NeuronParameters neuron, Rng rng)
	{
		this(p, survivorsTonicHz, survivorsGainHz, healthyNeurons, terminalsKept, compensation, 0, neuron, rng);
	}

	/**
	 * Release from terminals that co-release serotonin.
	 *
	 * @param serotoninShare share of each release event's content that is serotonin (0 = dopamine only)
	 */
	public StriatalRelease(ReleaseParameters p, double survivorsTonicHz, double survivorsGainHz, int healthyNeurons,
		double terminalsKept, double compensation, double serotoninShare, NeuronParameters neuron, Rng rng)
	{
		if (!(serotoninShare >= 0 && serotoninShare <= 1)) {
			throw new IllegalArgumentException("serotonin share " + serotoninShare + " is not between 0 and 1");
		}
		double windowS = neuron.burstMs() / 1000.0;
		double perInput = (double) p.convergence() / healthyNeurons * windowS;
		this.tonicSpikes = survivorsTonicHz * perInput;
		this.gainSpikes = survivorsGainHz * perInput;
		this.pauseDepth = neuron.pauseDepth();
		this.eventsPerSpike = p.releasePerSpike() * terminalsKept;
		double fullError = p.convergence() * neuron.burstHz() * windowS * p.releasePerSpike();
		this.perEvent = compensation * (1 - 2 * serotoninShare) / fullError;
		this.tonicRelease = tonicSpikes * eventsPerSpike * perEvent;
		this.rng = rng;
	}

	/** Expected spikes of the locus's surviving inputs in one window of response to {@code drive}. */
	private double spikes(double drive) {
		return tonicSpikes * Math.max(0, 1 - pauseDepth * Math.max(0, -drive)) + gainSpikes * Math.max(0, drive);
	}

	/**
	 * One draw of the phasic concentration of a window of response to the error {@code drive}:
	 * Poisson spikes, Poisson release events per spike, less the expected tonic release.
	 */
	public double phasic(double drive) {
		int spikes = rng.nextPoisson(spikes(drive));
		int events = spikes == 0 || eventsPerSpike == 0 ? 0 : rng.nextPoisson(spikes * eventsPerSpike);
		return events * perEvent - tonicRelease;
	}

	/** The expectation of {@link #phasic}. */
	public double expectedPhasic(double drive) {
		return spikes(drive) * eventsPerSpike * perEvent - tonicRelease;
	}
}
