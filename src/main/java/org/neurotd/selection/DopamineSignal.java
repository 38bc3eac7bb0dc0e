package org.neurotd.selection;

import org.neurotd.population.FiringModel;
import org.neurotd.population.NeuronParameters;
import org.neurotd.population.Population;
import org.neurotd.random.Rng;

/**
 * One subject's dopamine after a choice's feedback: the subject's surviving dopamine neurons fire
 * for the critic's prediction error over one burst window (rates as in science notes section 2,
 * spike counts from the population's firing model), and the striatal concentration is their spike count times the release
 * per spike, plus any tonic dopamine that does not come from spikes. Concentrations are in units
 * of the healthy tonic level (the whole population firing at baseline, untreated).
 * <p>
 * Neurons are drawn independently, so the survivors of a loss are simply the first
 * {@code (1 - loss) * neurons} of the subject's population.
 */
final class DopamineSignal {

	private final double[] baselineCount;
	private final double[] gainCount;
	private final double pauseDepth;
	private final FiringModel firing;
	private final double perSpike;
	private final double floor;
	private final double tonic;
	private final double fullBurst;

	private DopamineSignal(Population healthy, int survivors, double quantal, double floor) {
		NeuronParameters neuron = healthy.parameters();
		double windowS = neuron.burstMs() / 1000.0;
		double healthyTonicCount = healthy.totalBaselineHz() * windowS;
		baselineCount = new double[survivors];
		gainCount = new double[survivors];
		double survivorTonic = 0;
		for (int i = 0; i < survivors; i++) {
			baselineCount[i] = healthy.baselineHz(i) * windowS;
			gainCount[i] = healthy.gainHz(i) * windowS;
			survivorTonic += baselineCount[i];
		}
		this.pauseDepth = neuron.pauseDepth();
		this.firing = neuron.firing().model();
		this.perSpike = quantal / healthyTonicCount;
		this.floor = floor;
		this.tonic = perSpike * survivorTonic + floor;
		this.fullBurst = 1 + healthy.totalGainHz() / healthy.totalBaselineHz();
	}

	/** The dopamine of a subject of {@code group} whose healthy population is drawn from {@code rng}. */
	static DopamineSignal of(SelectionGroup group, SelectionParameters p, Rng rng) {
		Population healthy = Population.create(NeuronParameters.defaults(), p.neurons(), rng);
		int survivors = group.parkinsonian() ? (int) Math.round((1 - p.loss()) * p.neurons()) : p.neurons();
		return group.medicated()
			? new DopamineSignal(healthy, survivors, p.quantal(), p.medication())
			: new DopamineSignal(healthy, survivors, 1.0, 0.0);
	}

	/** The concentration after an error {@code delta}, from the survivors' spikes in one burst window. */
	double concentration(double delta, Rng rng) {
		double pause = Math.max(0, 1 - pauseDepth * Math.max(0, -delta));
		double burst = Math.max(0, delta);
		long spikes = 0;
		for (int i = 0; i < baselineCount.length; i++) {
			spikes += count(baselineCount[i] * pause + gainCount[i] * burst, rng);
		}
		return perSpike * spikes + floor;
	}

	/**
	 * Spikes in a window where {@code expected} are expected: the renewal events of the firing
	 * model (in operational time, starting mid-way through ongoing firing) up to {@code expected}.
	 * The 2 ms refractory period is left out: at these rates it removes under 1 % of the spikes.
	 */
	private int count(double expected, Rng rng) {
		int n = 0;
		for (double t = firing.first(rng); t <= expected; t += firing.interval(rng)) n++;
		return n;
	}

	/**
	 * The error the striatum reads from concentration {@code c}: its change from the tonic level,
	 * a rise in units of a healthy subject's burst for a full unpredicted reward, a fall in units
	 * of a healthy subject's full pause. Pauses have the smaller range (Bayer &amp; Glimcher 2005);
	 * reading each sign against its healthy range gives a healthy subject one scale for both.
	 */
	double error(double c) {
		double change = c - tonic;
		return change >= 0 ? change / (fullBurst - 1) : change / pauseDepth;
	}

	/** The expected concentration at the tonic rate, which the receptors are adapted to. */
	double tonic() {
		return tonic;
	}

	/** The expected concentration of a healthy subject's response to a full unpredicted reward. */
	double fullBurst() {
		return fullBurst;
	}
}
