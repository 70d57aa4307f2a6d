package dev.modelgate.metrics.stats;

import java.util.Objects;
import java.util.function.IntToDoubleFunction;
import org.apache.commons.statistics.distribution.BinomialDistribution;

/**
 * The exact binomial test: are {@code k} successes in {@code n} trials consistent with a success
 * probability {@code p}?
 *
 * <p>For a canary, the trials are the errors of a window and a success is an error that landed on
 * the canary: under equal quality each error lands on the canary with probability equal to its
 * traffic share, so {@code test(canaryErrors, totalErrors, share, GREATER)} asks whether the
 * canary has more than its share of errors. {@link ErrorRateComparison} adds a margin.
 *
 * <p>Matches SciPy 1.10's {@code scipy.stats.binomtest(k, n, p, alternative)} to 1e-9, its
 * two-sided p-value included (the outcomes no more likely than {@code k}, with SciPy's relative
 * tolerance of 1e-7 on that comparison). One difference: {@code n = 0} (a window without errors)
 * is accepted, where SciPy refuses it; X is then 0 surely, so every p-value is 1.
 *
 * <p>Stateless and thread-safe.
 */
public final class BinomialTest {

  private static final double RELATIVE_ERROR = 1 + 1e-7;

  private BinomialTest() {}

  /**
   * The test of {@code k} successes in {@code n} trials against probability {@code p}.
   *
   * <p>Examples: 7 of 10 against p = 0.5 gives {@code GREATER} p = 0.171875 and {@code
   * TWO_SIDED} p = 0.34375; 5 of 10 gives {@code TWO_SIDED} p = 1 (k is exactly what p expects).
   *
   * @param k the number of successes, 0 ≤ k ≤ n
   * @param n the number of trials, 0 ≤ n ≤ 2<sup>31</sup> − 1
   * @param p the success probability under the null hypothesis, in [0, 1]
   * @param alternative {@link Alternative#GREATER} for {@code P(X ≥ k)}, {@link Alternative#LESS}
   *     for {@code P(X ≤ k)}, {@link Alternative#TWO_SIDED} for the outcomes no more likely than k
   * @throws IllegalArgumentException if a count is negative, {@code k > n}, {@code n} is too
   *     large, or {@code p} is NaN or outside [0, 1]
   */
  public static BinomialResult test(long k, long n, double p, Alternative alternative) {
    Objects.requireNonNull(alternative, "alternative");
    checkCounts(k, n);
    Inputs.probability("p", p);
    if (n == 0) {
      return new BinomialResult(k, n, p, alternative, 1.0);
    }
    BinomialDistribution binomial = BinomialDistribution.of((int) n, p);
    int x = (int) k;
    double pValue =
        switch (alternative) {
          case GREATER -> binomial.survivalProbability(x - 1);
          case LESS -> binomial.cumulativeProbability(x);
          case TWO_SIDED -> twoSided(binomial, x, (int) n, p);
        };
    return new BinomialResult(k, n, p, alternative, Math.min(1.0, pValue));
  }

  /** Refuses negative counts, {@code k > n} and more trials than the distribution supports. */
  static void checkCounts(long k, long n) {
    if (k < 0) {
      throw Rejections.notACount("k", k);
    }
    if (n < 0) {
      throw Rejections.notACount("n", n);
    }
    if (k > n) {
      throw Rejections.moreThan("k", k, "n", n);
    }
    if (n > Integer.MAX_VALUE) {
      throw Rejections.tooManyTrials(n);
    }
  }

  /** SciPy's two-sided p-value: both tails of outcomes at most {@code pmf(k) · (1 + 1e-7)}. */
  private static double twoSided(BinomialDistribution binomial, int k, int n, double p) {
    double d = binomial.probability(k);
    double mean = p * n;
    if (k == mean) {
      return 1.0;
    }
    if (k < mean) {
      int ix =
          lastAtMost(i -> -binomial.probability(i), -d * RELATIVE_ERROR, (int) Math.ceil(mean), n);
      int y = n - ix + (d * RELATIVE_ERROR == binomial.probability(ix) ? 1 : 0);
      return binomial.cumulativeProbability(k) + binomial.survivalProbability(n - y);
    }
    int ix = lastAtMost(binomial::probability, d * RELATIVE_ERROR, 0, (int) Math.floor(mean));
    int y = ix + 1;
    return binomial.cumulativeProbability(y - 1) + binomial.survivalProbability(k - 1);
  }

  /**
   * SciPy's {@code _binary_search_for_binom_tst}: for {@code a} non-decreasing on [lo, hi], the
   * index i with {@code a(i) ≤ d < a(i + 1)}.
   */
  private static int lastAtMost(IntToDoubleFunction a, double d, int lo, int hi) {
    int low = lo;
    int high = hi;
    while (low < high) {
      int mid = low + (high - low) / 2;
      double value = a.applyAsDouble(mid);
      if (value < d) {
        low = mid + 1;
      } else if (value > d) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return a.applyAsDouble(low) <= d ? low : low - 1;
  }
}
