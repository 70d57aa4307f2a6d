package dev.modelgate.examples.training;

import java.util.List;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * The one training recipe of the example's models: Tribuo's logistic regression (softmax loss,
 * AdaGrad, mini-batches of {@value #MINIBATCH}, {@value #EPOCHS} epochs, a fixed seed) on
 * features standardised to mean 0 and standard deviation 1 on the training rows.
 *
 * <p>The recipe trains close to convergence, so the story does not hang on a lucky seed: on the
 * German credit split, seeds 1, 2, 3 and 99 give the same confusion matrices as seed 42 at the
 * thresholds 1/6 and 0.5; at 0.3 a few test rows score close enough to the threshold that they
 * move with the seed. Stateless; each call returns a fresh trainer, because a Tribuo trainer's
 * random stream advances with every model it trains.
 */
final class LogisticRegression {

  /** Passes over the training rows. */
  static final int EPOCHS = 40;

  /** Rows per gradient step. */
  static final int MINIBATCH = 10;

  private static final double STEP_SIZE = 0.05;
  private static final double EPSILON = 0.1;
  private static final int LOGGING_INTERVAL = 1000;

  private LogisticRegression() {}

  /** A fresh trainer of the recipe, shuffling with {@code seed}. */
  static Trainer<Label> trainer(long seed) {
    LinearSGDTrainer sgd =
        new LinearSGDTrainer(
            new LogMulticlass(), new AdaGrad(STEP_SIZE, EPSILON), EPOCHS, LOGGING_INTERVAL,
            MINIBATCH, seed);
    TransformationMap standardise = new TransformationMap(List.of(new MeanStdDevTransformation()));
    return new TransformTrainer<>(sgd, standardise, true);
  }
}
