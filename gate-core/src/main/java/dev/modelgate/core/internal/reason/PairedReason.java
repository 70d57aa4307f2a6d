package dev.modelgate.core.internal.reason;

import java.util.List;

/**
 * The messages of paired evidence that does not fit: weighted predictions, a positive label or
 * costs that are not the table's, evidence of other predictions than the evaluations. Stateless and
 * thread-safe.
 */
public final class PairedReason {

  private PairedReason() {}

  /**
   * "the champion's predictions have weights: paired evidence counts rows, so evaluate weighted
   * predictions one by one with evaluate".
   */
  public static String weighted(String side) {
    return "the " + side + "'s predictions have weights: paired evidence counts rows, so evaluate"
        + " weighted predictions one by one with evaluate";
  }

  /** "positive label Bad is not a class of the joint table [0, 1]". */
  public static String positiveNotInTable(String positiveLabel, List<String> labels) {
    return "positive label " + positiveLabel + " is not a class of the joint table " + labels;
  }

  /** "the costs are for positive label Good, but the evidence is for Bad". */
  public static String costsForOtherLabel(String costsLabel, String positiveLabel) {
    return "the costs are for positive label " + costsLabel + ", but the evidence is for " + positiveLabel;
  }

  /** "the paired evidence has 200 rows, but the champion's evaluation has 1000". */
  public static String otherRows(String side, long evidenceRows, long evaluationRows) {
    return "the paired evidence has " + evidenceRows + " rows, but the " + side + "'s evaluation has "
        + evaluationRows;
  }

  /**
   * "the paired evidence is not of these evaluations: the candidate's accuracy is 0.81 in the
   * evidence but 0.79 in its evaluation (are champion and candidate swapped?)".
   */
  public static String otherPredictions(String side, double inEvidence, String inEvaluation) {
    return "the paired evidence is not of these evaluations: the " + side + "'s accuracy is "
        + inEvidence + " in the evidence but " + inEvaluation
        + " in its evaluation (are champion and candidate swapped?)";
  }

  /**
   * "the evidence of a single model must have its predictions on both sides of the joint table, but
   * 29 rows have two different predictions".
   */
  public static String notSingle(long differing) {
    return "the evidence of a single model must have its predictions on both sides of the joint table, but "
        + differing + (differing == 1 ? " row has" : " rows have") + " two different predictions";
  }
}
