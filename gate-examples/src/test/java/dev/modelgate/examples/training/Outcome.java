package dev.modelgate.examples.training;

import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;

/**
 * The four cells of a model's confusion matrix on the test set, positive class {@code Bad}, with
 * F1 and the example's net benefit: $100 per accepted good applicant, −$500 per accepted bad one.
 */
record Outcome(long tp, long fp, long fn, long tn) {

  private static final LabelDictionary BAD_FIRST = LabelDictionary.of("Bad", "Good");

  static Outcome of(Predictions predictions) {
    ConfusionMatrix matrix =
        ConfusionMatrix.ofLabels(BAD_FIRST, predictions.truth(), predictions.predicted());
    return new Outcome(
        Math.round(matrix.truePositives(0)), Math.round(matrix.falsePositives(0)),
        Math.round(matrix.falseNegatives(0)), Math.round(matrix.trueNegatives(0)));
  }

  double f1() {
    return 2.0 * tp / (2.0 * tp + fp + fn);
  }

  long netBenefit() {
    return 100 * tn - 500 * fn;
  }
}
