package dev.modelgate.metrics.stats;

import java.util.Locale;

/**
 * Whether the canary's error rate is worse than the champion's by more than a relative margin,
 * tested with the error counts of one window, not with two percentages.
 *
 * <p>Null hypothesis: canary error rate ≤ (1 + margin) × champion error rate. With the canary's
 * traffic share {@code s}, at the boundary of that hypothesis each error lands on the canary with
 * probability {@code π₀ = s(1 + m) / (s(1 + m) + 1 − s)}, so, given the window's {@code E} errors,
 * the canary's count is Binomial(E, π₀); a higher canary rate only makes large counts likelier. The
 * p-value is {@code P(X ≥ canaryErrors | E, π₀)} ({@link BinomialTest}, {@link
 * Alternative#GREATER}), the conditional test of two Poisson rates: exact when errors are rare
 * (Poisson-like), approximate when error rates are high. With margin 0 it is the plain test that
 * each error lands on the canary with probability equal to its traffic share.
 *
 * <p>Example: champion 40 errors in 8,000 requests, canary 20 in 2,000 (s = 0.2), margin 0.2:
 * π₀ = 0.2308, and 20 or more of 60 errors on the canary has p = 0.0457, so the canary is worse
 * beyond the margin at significance 0.05 but not at 0.01; a window without errors gives p = 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @param canaryErrors the canary's errors in the window
 * @param totalErrors both models' errors in the window
 * @param canaryShare the canary's share of the window's traffic, in (0, 1)
 * @param margin the relative margin m ≥ 0 (0.2 allows a canary error rate 20 % above the
 *     champion's)
 * @param nullShare π₀, the canary's share of errors at the boundary of the null hypothesis
 * @param pValue {@code P(X ≥ canaryErrors)} for X ~ Binomial(totalErrors, nullShare)
 */
public record ErrorRateComparison(
    long canaryErrors,
    long totalErrors,
    double canaryShare,
    double margin,
    double nullShare,
    double pValue)
    implements TestResult {

  private static final String NEED = "comparing error rates needs requests on both models";

  /** Checks the values. */
  public ErrorRateComparison {
    BinomialTest.checkCounts(canaryErrors, totalErrors);
    requireShare("canaryShare", canaryShare);
    requireMargin(margin);
    requireShare("nullShare", nullShare);
    Inputs.probability("pValue", pValue);
  }

  /**
   * The comparison from both models' request and error counts; the canary's traffic share is its
   * share of the window's requests.
   *
   * @throws IllegalArgumentException if a count is negative, errors exceed requests, or the margin
   *     is negative, NaN or infinite
   * @throws InsufficientDataException if a model had no requests
   */
  public static ErrorRateComparison of(
      long championRequests, long championErrors, long canaryRequests, long canaryErrors,
      double margin) {
    requireErrors("champion", championRequests, championErrors);
    requireErrors("canary", canaryRequests, canaryErrors);
    if (championRequests == 0 || canaryRequests == 0) {
      throw Rejections.tooFew(championRequests == 0 ? "champion" : "canary", 0, "request", NEED);
    }
    double share = (double) canaryRequests / ((double) canaryRequests + championRequests);
    return ofShare(championErrors, canaryErrors, share, margin);
  }

  /**
   * The comparison from both models' error counts and the canary's traffic share (for example the
   * configured 0.2 of an 80/20 split).
   *
   * @throws IllegalArgumentException if a count is negative, the share is not in (0, 1), or the
   *     margin is negative, NaN or infinite
   */
  public static ErrorRateComparison ofShare(
      long championErrors, long canaryErrors, double canaryShare, double margin) {
    if (championErrors < 0) {
      throw Rejections.notACount("championErrors", championErrors);
    }
    if (canaryErrors < 0) {
      throw Rejections.notACount("canaryErrors", canaryErrors);
    }
    requireShare("canaryShare", canaryShare);
    requireMargin(margin);
    double weighted = canaryShare * (1 + margin);
    double nullShare = weighted / (weighted + (1 - canaryShare));
    long total = Math.addExact(championErrors, canaryErrors);
    double p = BinomialTest.test(canaryErrors, total, nullShare, Alternative.GREATER).pValue();
    return new ErrorRateComparison(canaryErrors, total, canaryShare, margin, nullShare, p);
  }

  /** The canary's observed share of errors; {@code NaN} for a window without errors (0/0). */
  @Override
  public double statistic() {
    return totalErrors == 0 ? Double.NaN : (double) canaryErrors / totalErrors;
  }

  /**
   * Whether the counts show the canary worse than the champion by more than the margin at this
   * significance: {@code pValue() < significance} (a tie is not worse).
   *
   * @throws IllegalArgumentException if {@code significance} is not in (0, 1)
   */
  public boolean worseBeyondMargin(double significance) {
    if (!(significance > 0 && significance < 1)) {
      throw Rejections.notALevel(significance);
    }
    return pValue < significance;
  }

  @Override
  public String summary() {
    return String.format(
        Locale.ROOT,
        "canary had %d of %d errors with %.1f%% of the traffic; with a margin of %.1f%% it may"
            + " have %.1f%% of them: p = %.4g",
        canaryErrors, totalErrors, 100 * canaryShare, 100 * margin, 100 * nullShare, pValue);
  }

  private static void requireErrors(String model, long requests, long errors) {
    if (requests < 0) {
      throw Rejections.notACount(model + "Requests", requests);
    }
    if (errors < 0) {
      throw Rejections.notACount(model + "Errors", errors);
    }
    if (errors > requests) {
      throw Rejections.moreThan(model + "Errors", errors, model + "Requests", requests);
    }
  }

  private static void requireShare(String argument, double share) {
    if (!(share > 0 && share < 1)) {
      throw Rejections.notAShare(argument, share);
    }
  }

  private static void requireMargin(double margin) {
    if (!(margin >= 0) || Double.isInfinite(margin)) {
      throw Rejections.notAMargin(margin);
    }
  }
}
