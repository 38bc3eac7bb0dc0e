package org.neurotd.td;

import java.util.List;

import org.neurotd.params.Block;
import org.neurotd.params.Key;
import org.neurotd.params.Values;

/** The keys of the learning rule ({@link LearnerParameters}), declared once. */
public final class LearnerKeys {

	private LearnerKeys() {}

	/** The learning rule. */
	public static final Key<String> LEARNER = Key.choice("learner", LearningRule.TD.key(), LearningRule.TD.key(),
		LearningRule.RESCORLA_WAGNER.key()).label("Learner").describe("Learning rule whose error the neurons carry: td"
			+ " (TD(lambda), step by step) or rw (Rescorla-Wagner, one update per trial, no time within it)");
	/** The Rescorla-Wagner rate. */
	public static final Key<Double> RW_RATE = Key.number("rw_rate", RescorlaWagner.DEFAULT_RATE, 0, 1).step(0.05)
		.label("Rescorla-Wagner rate").describe("Learning rate of the Rescorla-Wagner rule per trial");

	/** The learner block. */
	public static final Block<LearnerParameters> BLOCK = new Block<>("learner", List.of(LEARNER, RW_RATE),
		v -> new LearnerParameters(LearningRule.parse(v.get(LEARNER)), v.get(RW_RATE)),
		l -> Values.none().with(LEARNER, l.rule().key()).with(RW_RATE, l.rwRate()));
}
