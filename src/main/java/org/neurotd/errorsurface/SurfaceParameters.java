package org.neurotd.errorsurface;

import java.util.Arrays;

import org.neurotd.params.Require;

/**
 * What determines a prediction-error surface session, seed included.
 *
 * @param trials trials in the session
 * @param withheld trials (1-based) whose reward is withheld
 * @param extinction first extinction trial (1-based); {@code trials + 1} for none
 * @param lambdas the eligibility trace decays, one session each
 * @param alpha TD learning rate
 * @param neurons dopamine neurons recorded
 * @param seed master seed
 */
public record SurfaceParameters(int trials, int[] withheld, int extinction, double[] lambdas, double alpha,
	int neurons, long seed)
{
	/** Fewest trials: enough for a learning curve. */
	public static final int MIN_TRIALS = 10;

	/** Validates the ranges. */
	public SurfaceParameters {
		SurfaceKeys.TRIALS.require(trials);
		withheld = withheld.clone();
		lambdas = lambdas.clone();
		for (int t : withheld) {
			Require.that(t >= 1 && t <= trials, "withheld", t, "trial numbers from 1 to trials (" + trials + ")");
		}
		SurfaceKeys.EXTINCTION.require(extinction);
		Require.that(extinction <= trials + 1, "extinction", extinction,
			"a trial from 2 to trials + 1 (" + (trials + 1) + ", no extinction)");
		Require.that(lambdas.length > 0, "lambdas", "(none)", "a comma-separated list, each from 0 to 1");
		SurfaceKeys.ALPHA.require(alpha);
		SurfaceKeys.NEURONS.require(neurons);
		Require.that((long) neurons * trials * lambdas.length <= 20_000_000L, "neurons", neurons,
			"at most 20,000,000 neuron-trials over all lambdas (neurons x trials x lambdas)");
	}

	/** The defaults: 250 trials, reward withheld on 60, 100, 140, extinction from 161, five lambdas. */
	public static SurfaceParameters defaults() {
		return SurfaceKeys.BLOCK.defaults();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof SurfaceParameters s && trials == s.trials && extinction == s.extinction
			&& Arrays.equals(withheld, s.withheld) && Arrays.equals(lambdas, s.lambdas)
			&& Double.compare(alpha, s.alpha) == 0 && neurons == s.neurons && seed == s.seed;
	}

	@Override
	public int hashCode() {
		return Arrays.hashCode(withheld) * 31 + Arrays.hashCode(lambdas) + trials;
	}
}
