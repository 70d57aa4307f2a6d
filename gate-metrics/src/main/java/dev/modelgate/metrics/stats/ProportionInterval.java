package dev.modelgate.metrics.stats;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A two-sided confidence interval for a proportion: k successes in n trials, such as a model's
 * accuracy (correct rows of all rows), its error rate, or a class's precision or recall.
 *
 * <p>Each method matches statsmodels 0.13.5's {@code proportion_confint(k, n, alpha=1 −
 * confidence, method)} to 1e-9. {@link Method#WILSON} is the usual choice: its coverage is close
 * to nominal even for small n or proportions near 0 and 1, where the textbook normal interval
 * fails. {@link Method#CLOPPER_PEARSON} never covers less than nominal, at the price of width.
 *
 * <p>Examples at 95 %: 170 of 200 gives Wilson [0.7939, 0.8929] and Clopper–Pearson [0.7928,
 * 0.8965]; 0 of 10 gives Wilson [0, 0.2775] and Clopper–Pearson [0, 0.3085].
 *
 * <p>Immutable and thread-safe.
 *
 * @param successes k, 0 ≤ k ≤ n
 * @param trials n, at least 1
 * @param confidence the confidence level, in (0, 1), for example 0.95
 * @param method how the bounds were computed
 * @param lower the lower bound, in [0, 1]
 * @param upper the upper bound, in [lower, 1]
 */
public record ProportionInterval(
    long successes, long trials, double confidence, Method method, double lower, double upper) {

  private static final String NEED = "a proportion interval needs at least 1 trial";

  /** How the bounds are computed, as statsmodels' {@code method} argument names it. */
  public enum Method {
    /** Wilson's score interval: {@code 'wilson'}. */
    WILSON,
    /** The exact interval from beta quantiles, never below nominal coverage: {@code 'beta'}. */
    CLOPPER_PEARSON,
    /**
     * The Wald interval around (k + z²/2) / (n + z²), clipped to [0, 1]: {@code
     * 'agresti_coull'}.
     */
    AGRESTI_COULL
  }

  /** Checks the values. */
  public ProportionInterval {
    Objects.requireNonNull(method, "method");
    checkCounts(successes, trials);
    Levels.confidence(confidence);
    Inputs.probability("lower", lower);
    Inputs.probability("upper", upper);
    if (lower > upper) {
      throw new IllegalArgumentException(
          "lower = " + lower + " is greater than upper = " + upper);
    }
  }

  /**
   * The interval for {@code successes} of {@code trials} at {@code confidence} by {@code method}.
   *
   * @throws IllegalArgumentException if a count is negative, successes exceed trials, or the
   *     confidence is not in (0, 1)
   * @throws InsufficientDataException if there are no trials (0/0 has no interval)
   */
  public static ProportionInterval of(
      long successes, long trials, double confidence, Method method) {
    Objects.requireNonNull(method, "method");
    checkCounts(successes, trials);
    Levels.confidence(confidence);
    if (trials == 0) {
      throw new InsufficientDataException("trials = 0: " + NEED);
    }
    double alpha = 1 - confidence;
    double[] bounds = switch (method) {
      case WILSON -> wilsonBounds(successes, trials, alpha);
      case CLOPPER_PEARSON -> clopperPearsonBounds(successes, trials, alpha);
      case AGRESTI_COULL -> agrestiCoullBounds(successes, trials, alpha);
    };
    double lower = clip(bounds[0]);
    double upper = clip(bounds[1]);
    if (method != Method.AGRESTI_COULL) {
      // Wilson and Clopper–Pearson contain k / n; rounding can leave 1 out by an ulp
      double estimate = (double) successes / trials;
      lower = Math.min(lower, estimate);
      upper = Math.max(upper, estimate);
    }
    return new ProportionInterval(successes, trials, confidence, method, lower, upper);
  }

  /** Wilson's interval; see {@link #of}. */
  public static ProportionInterval wilson(long successes, long trials, double confidence) {
    return of(successes, trials, confidence, Method.WILSON);
  }

  /** The Clopper–Pearson interval; see {@link #of}. */
  public static ProportionInterval clopperPearson(
      long successes, long trials, double confidence) {
    return of(successes, trials, confidence, Method.CLOPPER_PEARSON);
  }

  /** The observed proportion k / n. */
  public double estimate() {
    return (double) successes / trials;
  }

  /** Whether {@code value} lies within the bounds, both included; false for NaN. */
  public boolean contains(double value) {
    return value >= lower && value <= upper;
  }

  /** The interval in one phrase, for example {@code "0.8500 [0.7939, 0.8929] (95% Wilson)"}. */
  public String summary() {
    return String.format(
        Locale.ROOT, "%.4g [%.4f, %.4f] (%s%% %s)", estimate(), lower, upper,
        percent(confidence), name(method));
  }

  /** 0.95 as {@code "95"}, 0.999 as {@code "99.9"}. */
  private static String percent(double level) {
    return BigDecimal.valueOf(level).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  private static String name(Method method) {
    return switch (method) {
      case WILSON -> "Wilson";
      case CLOPPER_PEARSON -> "Clopper–Pearson";
      case AGRESTI_COULL -> "Agresti–Coull";
    };
  }

  private static double[] wilsonBounds(long k, long n, double alpha) {
    double crit = NormalDistribution.of(0, 1).inverseSurvivalProbability(alpha / 2);
    double q = (double) k / n;
    double crit2 = crit * crit;
    double nobs = n;
    double denominator = 1 + crit2 / nobs;
    double center = (q + crit2 / (2 * nobs)) / denominator;
    double distance =
        crit * Math.sqrt(q * (1 - q) / nobs + crit2 / (4 * (nobs * nobs))) / denominator;
    return new double[] {center - distance, center + distance};
  }

  private static double[] clopperPearsonBounds(long k, long n, double alpha) {
    double lower = k == 0
        ? 0.0
        : BetaDistribution.of(k, (double) n - k + 1).inverseCumulativeProbability(alpha / 2);
    double upper = k == n
        ? 1.0
        : BetaDistribution.of(k + 1.0, (double) n - k).inverseSurvivalProbability(alpha / 2);
    return new double[] {lower, upper};
  }

  private static double[] agrestiCoullBounds(long k, long n, double alpha) {
    double crit = NormalDistribution.of(0, 1).inverseSurvivalProbability(alpha / 2);
    double crit2 = crit * crit;
    double nobs = n + crit2;
    double q = (k + crit2 / 2) / nobs;
    double distance = crit * Math.sqrt(q * (1 - q) / nobs);
    return new double[] {q - distance, q + distance};
  }

  /** Keeps a bound in [0, 1] when rounding (or Agresti–Coull's Wald step) pushes it outside. */
  private static double clip(double bound) {
    return Math.min(1.0, Math.max(0.0, bound));
  }

  private static void checkCounts(long successes, long trials) {
    if (successes < 0) {
      throw Rejections.notACount("successes", successes);
    }
    if (trials < 0) {
      throw Rejections.notACount("trials", trials);
    }
    if (successes > trials) {
      throw Rejections.moreThan("successes", successes, "trials", trials);
    }
  }
}
