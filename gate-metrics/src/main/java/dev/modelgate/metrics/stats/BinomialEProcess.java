package dev.modelgate.metrics.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * An anytime-valid sequential test of the canary's share of events (errors, or requests slower
 * than an SLO): a mixture of likelihood ratios, an e-process, that grows when the canary takes
 * more than its share of the events and may be checked after every window, every request, or
 * whenever one likes, without raising the false-alarm rate above {@code α}.
 *
 * <p><b>Model.</b> Window {@code i} has {@code N} events, {@code X} of them on the canary, whose
 * share of the traffic is {@code s}. Null hypothesis: the canary's event rate is at most {@code ρ₀
 * = 1 + margin} times the champion's. Given the window's traffic and its {@code N} events, X is
 * Binomial(N, π) with {@code π ≤ π₀ = sρ₀ / (1 + s(ρ₀ − 1))} under the null hypothesis (the
 * conditional test of two Poisson rates, as in {@link ErrorRateComparison}). An alternative rate
 * ratio {@code ρ = cρ₀}, {@code c > 1}, gives {@code θ = sρ / (1 + s(ρ − 1))}, and the window's
 * likelihood ratio is
 *
 * <pre>
 *   LR(c) = (θ/π₀)^X ((1 − θ)/(1 − π₀))^(N − X) = c^X · (D₀ / D_c)^N,
 *   D₀ = 1 + s·margin,   D_c = 1 + s(cρ₀ − 1).
 * </pre>
 *
 * The e-value after windows 1..t is {@code E_t = Σ_j w_j Π_i LR_i(c_j)} over the {@link
 * RateRatioMixture} (default: equal weights on c = 1.25, 1.5, 2, 3, 5, 10). The alternatives are
 * rate ratios, so the same {@code c} means the same degradation in every window, and {@code s}
 * may change from window to window (traffic steps, uneven routing): each window uses its own
 * {@code π₀}.
 *
 * <p><b>Why the false-alarm rate is at most α, however often it is checked.</b> For a fixed
 * {@code c}, {@code LR_i(c)} increases with {@code X}, so under any {@code π ≤ π₀} its conditional
 * expectation given the past, {@code s} and {@code N} is at most 1 (exactly 1 at {@code π₀}). The
 * running product is then a non-negative supermartingale with {@code E_0 = 1}, and so is a mixture
 * with weights fixed in advance. Ville's inequality gives {@code P(E_t ≥ 1/α for some t) ≤ α}: the
 * bound holds uniformly over time, so it holds for a test checked after every window, after every
 * request, or stopped at any time that depends on the data seen so far. The traffic share of a
 * window may depend on the past (a step that started because earlier windows passed) as long as it
 * does not depend on the window's own events. {@link #rejects(double)} compares the running maximum
 * with 1/α.
 *
 * <p><b>Exact and approximate.</b> The conditional binomial is exact for Poisson event counts and
 * for events that each land on the canary with probability {@code π₀} (traffic routed at random with
 * share {@code s} and given as such). From request counts ({@link #observeCounts}) with equal rates
 * and margin 0, the canary's count given N is hypergeometric, which Hoeffding (1963, Theorem 4)
 * shows to be dominated in convex order by the binomial; {@code LR} is convex in X, so its
 * expectation is still at most 1. With a margin and frequent events (rates of several percent) the
 * binomial is an approximation, as it is for {@link ErrorRateComparison}.
 *
 * <p>Example, α = 0.05 (reject at e ≥ 20), share 0.2, margin 0, default mixture: 22 of 60 errors
 * on the canary give e = 26.8 and reject (passing the bound); 21 of 60 give e = 12.9 and do not yet
 * (failing it); 12 of 60, exactly its share, give e = 0.21. With a single alternative c = 3 at share
 * 0.25, 4 of 4 give {@code 2⁴ = 16}, which rejects at α = 1/16: the tie rejects, as Ville's
 * inequality bounds {@code P(E ≥ 1/α)}. With the share constant, how the events are split into
 * windows does not change the e-value.
 *
 * <p>Immutable and thread-safe: {@link #observe} returns a new process.
 */
public final class BinomialEProcess {

  /** How far below 1/α an e-value may be, in log units, and still count as reaching it. */
  private static final double TIE = 1e-12;

  private final double margin;
  private final RateRatioMixture mixture;
  private final double[] logRatios;
  private final double logEValue;
  private final double maxLogEValue;
  private final long canaryEvents;
  private final long totalEvents;
  private final double sharedEvents;
  private final int observations;

  private BinomialEProcess(double margin, RateRatioMixture mixture, double[] logRatios,
      double maxLogEValue, long canaryEvents, long totalEvents, double sharedEvents, int observations) {
    this.margin = margin;
    this.mixture = mixture;
    this.logRatios = logRatios;
    this.logEValue = logSum(mixture, logRatios);
    this.maxLogEValue = Math.max(maxLogEValue, logEValue);
    this.canaryEvents = canaryEvents;
    this.totalEvents = totalEvents;
    this.sharedEvents = sharedEvents;
    this.observations = observations;
  }

  /** A process with e-value 1 and the {@linkplain RateRatioMixture#defaults() default mixture}. */
  public static BinomialEProcess start(double margin) {
    return start(margin, RateRatioMixture.defaults());
  }

  /**
   * A process with e-value 1 against "the canary's rate is at most {@code 1 + margin} times the
   * champion's", mixing the alternatives of {@code mixture}.
   *
   * @throws IllegalArgumentException if the margin is negative, NaN or infinite
   */
  public static BinomialEProcess start(double margin, RateRatioMixture mixture) {
    Objects.requireNonNull(mixture, "mixture");
    if (!(margin >= 0) || Double.isInfinite(margin)) {
      throw Rejections.notAMargin(margin);
    }
    return new BinomialEProcess(margin, mixture, new double[mixture.size()], 0, 0, 0, 0, 0);
  }

  /**
   * The process after one more observation: {@code canaryEvents} of {@code totalEvents} events
   * landed on the canary while it had {@code canaryShare} of the traffic. No events leave the
   * e-value as it is.
   *
   * @throws IllegalArgumentException if a count is negative, the canary has more events than the
   *     total, or the share is not in (0, 1)
   */
  public BinomialEProcess observe(long canaryEvents, long totalEvents, double canaryShare) {
    checkEvents("canaryEvents", canaryEvents, "totalEvents", totalEvents);
    if (!(canaryShare > 0 && canaryShare < 1)) {
      throw Rejections.notAShare("canaryShare", canaryShare);
    }
    double[] next = logRatios.clone();
    double logD0 = Math.log1p(canaryShare * margin);
    for (int j = 0; j < next.length; j++) {
      double c = mixture.multiple(j);
      double logDc = Math.log1p(canaryShare * ((1 + margin) * c - 1));
      next[j] += canaryEvents * Math.log(c) + totalEvents * (logD0 - logDc);
    }
    return new BinomialEProcess(margin, mixture, next, maxLogEValue,
        Math.addExact(this.canaryEvents, canaryEvents), Math.addExact(this.totalEvents, totalEvents),
        sharedEvents + totalEvents * canaryShare, observations + 1);
  }

  /**
   * The process after one more window, its traffic share taken from the request counts: {@code s =
   * canaryRequests / (canaryRequests + championRequests)}. A window in which either model served
   * nothing says nothing about the share of events and leaves the e-value as it is.
   *
   * @throws IllegalArgumentException if a count is negative or a model has more events than
   *     requests
   */
  public BinomialEProcess observeCounts(
      long championRequests, long championEvents, long canaryRequests, long canaryEvents) {
    checkEvents("championEvents", championEvents, "championRequests", championRequests);
    checkEvents("canaryEvents", canaryEvents, "canaryRequests", canaryRequests);
    if (championRequests == 0 || canaryRequests == 0) {
      return new BinomialEProcess(margin, mixture, logRatios, maxLogEValue, this.canaryEvents,
          totalEvents, sharedEvents, observations + 1);
    }
    double share = (double) canaryRequests / ((double) canaryRequests + championRequests);
    return observe(canaryEvents, Math.addExact(championEvents, canaryEvents), share);
  }

  /** The e-value {@code E_t}, at least 0; {@code +Infinity} past the range of a double. */
  public double eValue() {
    return Math.exp(logEValue);
  }

  /** The natural logarithm of the e-value, finite even where the e-value overflows. */
  public double logEValue() {
    return logEValue;
  }

  /** The largest e-value reached so far, as a natural logarithm; 0 at the start. */
  public double maxLogEValue() {
    return maxLogEValue;
  }

  /**
   * The anytime-valid p-value {@code min(1, 1 / max E)}: under the null hypothesis {@code P(p ≤ a)
   * ≤ a} for every {@code a}, however often it is read.
   */
  public double pValue() {
    return Math.min(1.0, Math.exp(-maxLogEValue));
  }

  /**
   * Whether the e-value has reached {@code 1/alpha} at some observation so far, so that the null
   * hypothesis is rejected with a false-alarm rate of at most {@code alpha}. With α = 0.05: e = 26.8
   * rejects, e = 12.9 does not, e = 20 (the tie) rejects.
   *
   * @throws IllegalArgumentException if {@code alpha} is not in (0, 1)
   */
  public boolean rejects(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw Rejections.notAnAlpha(alpha);
    }
    return maxLogEValue >= -Math.log(alpha) - TIE;
  }

  /** The margin of the null hypothesis: rate ratio at most {@code 1 + margin}. */
  public double margin() {
    return margin;
  }

  /** The alternatives mixed. */
  public RateRatioMixture mixture() {
    return mixture;
  }

  /** The canary's events over all observations. */
  public long canaryEvents() {
    return canaryEvents;
  }

  /** Both models' events over all observations (those with a share in (0, 1)). */
  public long totalEvents() {
    return totalEvents;
  }

  /** The number of observations, windows without events or traffic included. */
  public int observations() {
    return observations;
  }

  /** The canary's share of the events; {@code NaN} before any event (0/0). */
  public double eventShare() {
    return totalEvents == 0 ? Double.NaN : (double) canaryEvents / totalEvents;
  }

  /**
   * The canary's traffic share, averaged over the events ({@code Σ N·s / Σ N}): the share of the
   * events it would take at equal rates; {@code NaN} before any event (0/0).
   */
  public double trafficShare() {
    return totalEvents == 0 ? Double.NaN : sharedEvents / totalEvents;
  }

  /** "22 of 60 events on the canary at a traffic share of 20.0%: e-value 26.8 after 3 observations". */
  public String summary() {
    return String.format(Locale.ROOT,
        "%d of %d events on the canary at a traffic share of %.1f%%: e-value %.3g after %d observations",
        canaryEvents, totalEvents, 100 * trafficShare(), eValue(), observations);
  }

  @Override
  public String toString() {
    return "BinomialEProcess[" + summary() + "]";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BinomialEProcess that
        && Double.compare(margin, that.margin) == 0
        && mixture.equals(that.mixture)
        && Arrays.equals(logRatios, that.logRatios)
        && Double.compare(maxLogEValue, that.maxLogEValue) == 0
        && canaryEvents == that.canaryEvents
        && totalEvents == that.totalEvents
        && Double.compare(sharedEvents, that.sharedEvents) == 0
        && observations == that.observations;
  }

  @Override
  public int hashCode() {
    return Objects.hash(margin, mixture, Arrays.hashCode(logRatios), maxLogEValue, canaryEvents,
        totalEvents, sharedEvents, observations);
  }

  /** {@code log Σ w_j exp(L_j)}, computed from the largest term so that it never overflows. */
  private static double logSum(RateRatioMixture mixture, double[] logRatios) {
    double max = Double.NEGATIVE_INFINITY;
    for (double l : logRatios) {
      max = Math.max(max, l);
    }
    double sum = 0;
    double weights = 0;
    for (int j = 0; j < logRatios.length; j++) {
      sum += mixture.weight(j) * Math.exp(logRatios[j] - max);
      weights += mixture.weight(j);
    }
    // dividing by the weights' floating-point sum keeps a process without evidence at exactly 1
    return max + Math.log(sum / weights);
  }

  private static void checkEvents(String argument, long events, String limit, long total) {
    if (events < 0) {
      throw Rejections.notACount(argument, events);
    }
    if (total < 0) {
      throw Rejections.notACount(limit, total);
    }
    if (events > total) {
      throw Rejections.moreThan(argument, events, limit, total);
    }
  }
}
