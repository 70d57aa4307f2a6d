package dev.modelgate.core;

import dev.modelgate.core.internal.gate.Decimals;
import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.PolicyProblem;
import dev.modelgate.metrics.paired.IntervalMethod;
import dev.modelgate.metrics.paired.PairedBootstrap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The confidence a champion–challenger gate asks of an improvement, and how its interval is
 * computed: a two-sided interval at {@code level} for the improvement on the compared metric, from
 * a paired bootstrap with {@code resamples} resamples drawn with {@code seed} by {@code method}.
 *
 * <p>With {@code Confidence.of(0.95)} the candidate is promoted only when the lower bound of the
 * 95% interval lies strictly above 0 (or above the minimum improvement): [120.00, 1800.00] passes,
 * [-1200.00, 3000.00] fails, and [0.00, 900.00] (a tie at the bound) fails. Because the interval is
 * two-sided, a candidate no better than the champion is promoted by noise in at most about 2.5% of
 * comparisons.
 *
 * <p>Defaults: {@value #DEFAULT_RESAMPLES} resamples, seed {@value #DEFAULT_SEED}, percentile
 * intervals, as {@link PairedBootstrap#ofDefaults()} has them: in the paired statistics' coverage
 * simulation the percentile interval covers as well as BCa on balanced data and better on lumpy
 * data. The same evidence and settings give the same interval on every machine. Only metrics that are functions of
 * the two confusion matrices have paired intervals: see {@link #pairedMetrics()}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param level the confidence level, strictly between 0 and 1, such as {@code 0.95}
 * @param resamples B, the number of bootstrap resamples, 1 to {@value #MAX_RESAMPLES}
 * @param seed the seed of the resampling
 * @param method {@link IntervalMethod#PERCENTILE} or {@link IntervalMethod#BCA}
 */
public record Confidence(BigDecimal level, int resamples, long seed, IntervalMethod method) {

  /** The default number of resamples: 10,000. */
  public static final int DEFAULT_RESAMPLES = PairedBootstrap.DEFAULT_RESAMPLES;

  /** The default seed: 42. */
  public static final long DEFAULT_SEED = PairedBootstrap.DEFAULT_SEED;

  /** The default interval method: percentile. */
  public static final IntervalMethod DEFAULT_METHOD = PairedBootstrap.ofDefaults().method();

  /** The most resamples a policy may ask for: 1,000,000. */
  public static final int MAX_RESAMPLES = 1_000_000;

  private static final List<Metric> PAIRED =
      List.of(Metrics.ACCURACY, Metrics.ERROR_RATE, Metrics.PRECISION, Metrics.RECALL, Metrics.F1,
          Metrics.NET_BENEFIT);

  private static final Confidence REPORTED = of(new BigDecimal("0.95"));

  /**
   * Checks the settings.
   *
   * @throws InvalidPolicyException listing every problem: a level outside (0, 1), resamples
   *     outside [1, {@value #MAX_RESAMPLES}], a method that is not a bootstrap method
   */
  public Confidence {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(method, "method");
    Problems problems = new Problems();
    if (level.signum() <= 0 || level.compareTo(BigDecimal.ONE) >= 0) {
      problems.add(PolicyProblem.notALevel("championChallenger.confidence", level));
    }
    if (resamples < 1 || resamples > MAX_RESAMPLES) {
      problems.add(
          PolicyProblem.resamplesOutOfRange("championChallenger.bootstrap.resamples", resamples, MAX_RESAMPLES));
    }
    if (method == IntervalMethod.STUDENT_T) {
      problems.add(PolicyProblem.notABootstrapMethod("championChallenger.bootstrap.method", method));
    }
    problems.throwIfAny();
  }

  /** Confidence at {@code level} with the default bootstrap: 10,000 resamples, seed 42, percentile. */
  public static Confidence of(BigDecimal level) {
    return new Confidence(level, DEFAULT_RESAMPLES, DEFAULT_SEED, DEFAULT_METHOD);
  }

  /** Confidence at {@code level}, by its shortest decimal ({@code 0.95}), with the default bootstrap. */
  public static Confidence of(double level) {
    return of(Decimals.of(level, "confidence"));
  }

  /**
   * The settings of the intervals a verdict shows when its policy asks for no confidence: 95%,
   * 10,000 resamples, seed 42, percentile.
   */
  public static Confidence reported() {
    return REPORTED;
  }

  /**
   * The metrics that have paired intervals, because they are functions of the two confusion
   * matrices: accuracy, error_rate, precision, recall, f1 and net_benefit.
   */
  public static List<Metric> pairedMetrics() {
    return PAIRED;
  }

  /** These settings with {@code resamples} resamples. */
  public Confidence withResamples(int resamples) {
    return new Confidence(level, resamples, seed, method);
  }

  /** These settings with another seed. */
  public Confidence withSeed(long seed) {
    return new Confidence(level, resamples, seed, method);
  }

  /** These settings with another interval method. */
  public Confidence withMethod(IntervalMethod method) {
    return new Confidence(level, resamples, seed, method);
  }

  /** Whether the bootstrap settings are the defaults: 10,000 resamples, seed 42, percentile. */
  public boolean defaultBootstrap() {
    return resamples == DEFAULT_RESAMPLES && seed == DEFAULT_SEED && method == DEFAULT_METHOD;
  }

  /** The paired bootstrap of these settings. */
  public PairedBootstrap bootstrap() {
    return PairedBootstrap.builder().resamples(resamples).seed(seed).method(method).build();
  }

  /** The level as a percentage: {@code 0.95} is {@code 95%}, {@code 0.975} is {@code 97.5%}. */
  public String percent() {
    return Decimals.percent(level);
  }
}
