package dev.modelgate.core.internal.paired;

import dev.modelgate.core.DifferentTestSetsException;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.PairedEvidence;
import dev.modelgate.core.internal.reason.PairedReason;
import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.paired.JointTable;

/**
 * Checks that paired evidence is of the two evaluations it comes with: the same test set, the same
 * rows, and each margin of the joint table the accuracy of its model's evaluation, which catches
 * evidence of other predictions and a champion swapped with the candidate. Stateless and
 * thread-safe.
 */
public final class EvidenceMatch {

  /** How far apart two computations of one accuracy may be: a few ulps of a ratio. */
  private static final double TOLERANCE = 1e-12;

  private EvidenceMatch() {}

  /**
   * Refuses {@code evidence} when it is not of {@code candidate} and {@code champion}.
   *
   * @throws DifferentTestSetsException if the evidence is of another test set
   * @throws IllegalArgumentException if it has other rows or another accuracy on either side
   */
  public static void require(PairedEvidence evidence, Evaluation candidate, Evaluation champion) {
    if (!evidence.testSetFingerprint().equals(candidate.testSetFingerprint())) {
      throw new DifferentTestSetsException(evidence.testSetFingerprint(), candidate.testSetFingerprint());
    }
    if (evidence.rows() != candidate.rows()) {
      throw new IllegalArgumentException(PairedReason.otherRows("candidate", evidence.rows(), candidate.rows()));
    }
    if (evidence.rows() != champion.rows()) {
      throw new IllegalArgumentException(PairedReason.otherRows("champion", evidence.rows(), champion.rows()));
    }
    requireAccuracy("candidate", evidence.table().candidate(), candidate);
    requireAccuracy("champion", evidence.table().champion(), champion);
  }

  /**
   * Refuses {@code evidence} when it is not of the single model of {@code evaluation}: another test
   * set, other rows, a table with two different predictions on any row, or another accuracy.
   *
   * @throws DifferentTestSetsException if the evidence is of another test set
   * @throws IllegalArgumentException if it has other rows or predictions, or compares two models
   */
  public static void requireSingle(PairedEvidence evidence, Evaluation evaluation) {
    JointTable table = evidence.table();
    long differing = 0;
    for (int t = 0; t < table.classes(); t++) {
      for (int a = 0; a < table.classes(); a++) {
        for (int b = 0; b < table.classes(); b++) {
          differing += a == b ? 0 : table.count(t, a, b);
        }
      }
    }
    if (differing > 0) {
      throw new IllegalArgumentException(PairedReason.notSingle(differing));
    }
    require(evidence, evaluation, evaluation);
  }

  private static void requireAccuracy(String side, ConfusionMatrix margin, Evaluation evaluation) {
    MetricValue recorded = evaluation.metric(Metrics.ACCURACY).orElse(null);
    if (recorded == null || !recorded.isDefined()) {
      return;
    }
    double inEvidence = ClassificationMetrics.of(margin).accuracy();
    if (Math.abs(inEvidence - recorded.toDouble()) > TOLERANCE) {
      throw new IllegalArgumentException(PairedReason.otherPredictions(side, inEvidence, recorded.toString()));
    }
  }
}
