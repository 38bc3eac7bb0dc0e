package org.neurotd.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neurotd.progress.Progress;
import org.neurotd.random.Rng;

/**
 * Runs the probabilistic selection task for every subject of every group. Each subject's
 * neurons, trial order, choices and spikes come from its own stream, forked from the seed by
 * group and subject, so results do not depend on how the subjects are spread over threads.
 */
public final class SelectionExperiment {

	private static final long NEURONS = 0, ORDER = 1, BEHAVIOUR = 2;

	private SelectionExperiment() {}

	/** Trains and tests {@code p.subjects()} subjects of each group, on all cores. */
	public static SelectionResults run(SelectionParameters p) {
		return run(p, Runtime.getRuntime().availableProcessors(), Progress.NONE);
	}

	/**
	 * Trains and tests {@code p.subjects()} subjects of each group.
	 *
	 * @param threads worker threads (the results do not depend on it)
	 */
	public static SelectionResults run(SelectionParameters p, int threads, Progress progress) {
		ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
		try {
			List<Future<SubjectResult>> futures = new ArrayList<>();
			for (SelectionGroup group : p.groups()) {
				for (int s = 0; s < p.subjects(); s++) {
					int subject = s;
					futures.add(pool.submit(() -> subject(group, subject, p)));
				}
			}
			List<SubjectResult> all = new ArrayList<>(futures.size());
			for (Future<SubjectResult> f : futures) {
				progress.checkCancelled();
				all.add(f.get());
				progress.report("subjects", all.size(), futures.size());
			}
			return new SelectionResults(p.groups(), all);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException("interrupted");
		}
		catch (ExecutionException e) {
			if (e.getCause() instanceof RuntimeException r) throw r;
			throw new IllegalStateException(e.getCause());
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** One subject: training blocks until the criterion (or the last block), then the test. */
	static SubjectResult subject(SelectionGroup group, int subject, SelectionParameters p) {
		Rng rng = new Rng(p.seed()).fork(group.ordinal(), subject);
		DopamineSignal dopamine = DopamineSignal.of(group, p, rng.fork(NEURONS));
		StriatalPathways striatum = new StriatalPathways(p.readout(), dopamine.tonic());
		GoNoGoLearner learner = new GoNoGoLearner(p);
		Rng order = rng.fork(ORDER);
		Rng behaviour = rng.fork(BEHAVIOUR);
		int blocks = 0;
		boolean met = false;
		while (blocks < p.blocks() && !(met && p.criterion())) {
			met = SelectionTask.meetsCriterion(trainBlock(learner, dopamine, striatum, order, behaviour));
			blocks++;
		}
		return new SubjectResult(group, subject, blocks, met, testAccuracy(learner, SelectionTask.A, true, p, behaviour),
			testAccuracy(learner, SelectionTask.B, false, p, behaviour));
	}

	/** One block of training; returns the accuracy on each training pair. */
	private static double[] trainBlock(GoNoGoLearner learner, DopamineSignal dopamine, StriatalPathways striatum,
		Rng order, Rng behaviour)
	{
		int pairs = SelectionTask.trainingPairs();
		int[] trials = new int[pairs * SelectionTask.TRIALS_PER_PAIR];
		for (int t = 0; t < trials.length; t++) trials[t] = t % pairs;
		for (int t = trials.length - 1; t > 0; t--) {
			int j = order.nextInt(t + 1);
			int tmp = trials[t];
			trials[t] = trials[j];
			trials[j] = tmp;
		}
		double[] correct = new double[pairs];
		for (int pair : trials) {
			int better = SelectionTask.better(pair);
			int chosen = learner.choose(better, SelectionTask.worse(pair), behaviour);
			if (chosen == better) correct[pair]++;
			double reward = behaviour.nextDouble() < SelectionTask.rewardProbability(chosen) ? 1 : 0;
			learner.learn(pair, chosen, reward, dopamine, striatum, behaviour);
		}
		for (int pair = 0; pair < pairs; pair++) correct[pair] /= SelectionTask.TRIALS_PER_PAIR;
		return correct;
	}

	/**
	 * Test without feedback: the fraction of presentations of {@code stimulus} with each test
	 * partner in which it was chosen ({@code choose}) or avoided.
	 */
	private static double testAccuracy(GoNoGoLearner learner, int stimulus, boolean choose, SelectionParameters p,
		Rng behaviour)
	{
		int correct = 0, trials = 0;
		for (int r = 0; r < p.testRepeats(); r++) {
			for (int partner : SelectionTask.testPartners()) {
				boolean chosen = learner.choose(stimulus, partner, behaviour) == stimulus;
				if (chosen == choose) correct++;
				trials++;
			}
		}
		return (double) correct / trials;
	}
}
