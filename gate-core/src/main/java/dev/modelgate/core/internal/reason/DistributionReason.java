package dev.modelgate.core.internal.reason;

import java.math.BigDecimal;

/**
 * The reasons of the canary's prediction-distribution checks (PSI, Kolmogorov–Smirnov,
 * chi-square), and of the data they could not be judged on. Numbers arrive formatted as they are
 * shown. Stateless and thread-safe.
 */
public final class DistributionReason {

  private DistributionReason() {}

  /** "prediction PSI 0.031 is at most 0.25 (stable up to 0.1)". */
  public static String psiStable(String psi, BigDecimal max, BigDecimal warn) {
    return "prediction PSI " + psi + " is at most " + max.toPlainString() + " (stable up to "
        + warn.toPlainString() + ")";
  }

  /** "prediction PSI 0.180 is at most 0.25 but above 0.1: a moderate shift". */
  public static String psiModerate(String psi, BigDecimal max, BigDecimal warn) {
    return "prediction PSI " + psi + " is at most " + max.toPlainString() + " but above "
        + warn.toPlainString() + ": a moderate shift";
  }

  /** "prediction PSI 0.410 is above 0.25: the predictions shifted". */
  public static String psiShifted(String psi, BigDecimal max) {
    return "prediction PSI " + psi + " is above " + max.toPlainString() + ": the predictions shifted";
  }

  /**
   * "score KS D = 0.041, p = 0.62: D is at most 0.2 and p is at least 0.01", listing each bound
   * the policy sets with its state; {@code bounds} comes from {@link #ksBound}.
   */
  public static String ks(String d, String p, String bounds) {
    return "score KS D = " + d + ", p = " + p + ": " + bounds;
  }

  /** "D is at most 0.2", "D is above 0.2", "p is at least 0.01", "p is below 0.01". */
  public static String ksBound(String name, boolean held, boolean upper, BigDecimal bound) {
    String relation = upper ? (held ? "is at most " : "is above ") : (held ? "is at least " : "is below ");
    return name + " " + relation + bound.toPlainString();
  }

  /** "class rates chi-square 1.790 with 2 degrees of freedom, p = 0.41 is at least 0.01". */
  public static String chiSquareWithin(String statistic, int df, String p, BigDecimal min) {
    return chiSquare(statistic, df, p) + " is at least " + min.toPlainString();
  }

  /** "class rates chi-square 25.300 with 2 degrees of freedom, p = 3.2E-6 is below 0.01". */
  public static String chiSquareBelow(String statistic, int df, String p, BigDecimal min) {
    return chiSquare(statistic, df, p) + " is below " + min.toPlainString();
  }

  /** "the canary reports no predictions, so the PSI check cannot be judged". */
  public static String noPredictions(String side, String check) {
    return "the " + side + " reports no predictions, so the " + check + " check cannot be judged";
  }

  /** "the canary's predictions are empty, so the PSI check cannot be judged". */
  public static String emptyPredictions(String side, String check) {
    return "the " + side + "'s predictions are empty, so the " + check + " check cannot be judged";
  }

  /**
   * "the PSI check needs the same kind of predictions from both models: champion ScoreSample,
   * canary ClassCounts".
   */
  public static String differentKinds(String check, String champion, String canary) {
    return "the " + check + " check needs the same kind of predictions from both models: champion "
        + champion + ", canary " + canary;
  }

  /** "the PSI check needs the same histogram buckets for both models". */
  public static String differentBuckets(String check) {
    return "the " + check + " check needs the same histogram buckets for both models";
  }

  /** "the KS check needs score samples, but the models report ScoreHistogram". */
  public static String wrongKind(String check, String needed, String reported) {
    return "the " + check + " check needs " + needed + ", but the models report " + reported;
  }

  /** "the PSI check could not be computed: IllegalArgumentException: bins < 2". */
  public static String notComputed(String check, RuntimeException e) {
    return "the " + check + " check could not be computed: " + e.getClass().getSimpleName()
        + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  private static String chiSquare(String statistic, int df, String p) {
    return "class rates chi-square " + statistic + " with " + df + " degree" + (df == 1 ? "" : "s")
        + " of freedom, p = " + p;
  }
}
