package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.Bounds;
import dev.modelgate.core.internal.gate.Decimals;
import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.CanaryPolicyProblem;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link CanaryGate}, as in {@code gate -> gate.steps(5, 20, 50).maxErrorRate(0.01)
 * .maxLatency(Percentile.P99, Duration.ofMillis(250))}. Starts from {@link CanaryGate#defaults()};
 * each setter replaces one setting or check, and {@link #clearChecks()} removes every check to
 * write them from scratch. Everything is checked at {@link #build()}, which reports all problems at
 * once. Numbers are exact decimals, written as short as they are ({@code 0.0} is {@code 0}). Not
 * thread-safe; reusable after {@code build()}.
 */
public final class CanaryGateBuilder {

  private List<Integer> steps = List.of(20);
  private Duration interval = Duration.ofMinutes(1);
  private int windowsPerStep = 5;
  private int failureLimit = 2;
  private FailureCounting failureCounting = FailureCounting.CUMULATIVE;
  private long minRequests = 100;
  private int inconclusiveLimit = 3;
  private InconclusiveAction onInconclusive = InconclusiveAction.ROLLBACK;
  private @Nullable BigDecimal maxErrorRate;
  private @Nullable Supplier<ErrorRateComparison> errorRateVsChampion;
  private final Map<Percentile, @Nullable BigDecimal> maxMillis = new EnumMap<>(Percentile.class);
  private final Map<Percentile, @Nullable BigDecimal> maxRatio = new EnumMap<>(Percentile.class);
  private @Nullable Supplier<PsiBound> psi;
  private @Nullable Supplier<KsBound> ks;
  private @Nullable Supplier<ChiSquareBound> chiSquare;
  private @Nullable Supplier<SequentialErrorRate> errorRateSequential;
  private @Nullable Supplier<SequentialLatency> latencySequential;

  CanaryGateBuilder() {
    checks(CanaryChecks.defaults());
  }

  CanaryGateBuilder(CanaryGate gate) {
    steps = gate.steps();
    interval = gate.interval();
    windowsPerStep = gate.windowsPerStep();
    failureLimit = gate.failureLimit();
    failureCounting = gate.failureCounting();
    minRequests = gate.minRequests();
    inconclusiveLimit = gate.inconclusiveLimit();
    onInconclusive = gate.onInconclusive();
    checks(gate.checks());
  }

  /**
   * The canary's traffic shares in percent, step by step, such as {@code 5, 20, 50}; default one
   * step at 20. A trailing 100 may be written: the move to 100 % is the promotion anyway.
   */
  public CanaryGateBuilder steps(int... percents) {
    List<Integer> list = new ArrayList<>(percents.length);
    for (int percent : percents) {
      list.add(percent);
    }
    this.steps = List.copyOf(list);
    return this;
  }

  /**
   * One step with the traffic split {@code champion / canary}, such as {@code split(80, 20)}.
   *
   * @throws IllegalArgumentException if the shares do not add up to 100
   */
  public CanaryGateBuilder split(int championPercent, int canaryPercent) {
    if (championPercent + canaryPercent != 100) {
      throw new IllegalArgumentException(
          "split(" + championPercent + ", " + canaryPercent + ") does not add up to 100");
    }
    return steps(canaryPercent);
  }

  /** The length of one analysis window, a whole number of seconds; default one minute. */
  public CanaryGateBuilder interval(Duration interval) {
    this.interval = Objects.requireNonNull(interval, "interval");
    return this;
  }

  /** The PASS windows each step needs before the next step or the promotion; default 5. */
  public CanaryGateBuilder windowsPerStep(int windows) {
    this.windowsPerStep = windows;
    return this;
  }

  /**
   * The number of failed windows that rolls the canary back, counted as {@code counting} says;
   * default 2, {@link FailureCounting#CUMULATIVE}.
   */
  public CanaryGateBuilder failureLimit(int failedWindows, FailureCounting counting) {
    this.failureLimit = failedWindows;
    this.failureCounting = Objects.requireNonNull(counting, "counting");
    return this;
  }

  /** The fewest requests each model must serve in a window for it to be judged; default 100. */
  public CanaryGateBuilder minRequests(long requests) {
    this.minRequests = requests;
    return this;
  }

  /**
   * The number of inconclusive windows that ends the run, and what it then does; default 3,
   * {@link InconclusiveAction#ROLLBACK}.
   */
  public CanaryGateBuilder inconclusiveLimit(int windows, InconclusiveAction action) {
    this.inconclusiveLimit = windows;
    this.onInconclusive = Objects.requireNonNull(action, "action");
    return this;
  }

  /**
   * The canary's largest error rate: with 0.01, a canary at 0.008 passes, 0.012 fails, 0.01 (the
   * tie) passes. Default 0.05.
   */
  public CanaryGateBuilder maxErrorRate(double rate) {
    this.maxErrorRate = exact(rate, "canary.maxErrorRate");
    return this;
  }

  /**
   * The canary's error rate may not be significantly above {@code (1 + margin)} times the
   * champion's; see {@link ErrorRateComparison} for the test and its pass, fail and tie examples.
   * Default margin 0, significance 0.01.
   */
  public CanaryGateBuilder errorRateVsChampion(double margin, double significance) {
    BigDecimal m = exact(margin, "canary.errorRateVsChampion.margin");
    BigDecimal s = exact(significance, "canary.errorRateVsChampion.significance");
    this.errorRateVsChampion = () -> new ErrorRateComparison(m, s);
    return this;
  }

  /**
   * The largest latency at {@code percentile}: with p99 and 250 ms, 240 ms passes, 260 ms fails,
   * 250 ms (the tie) passes. Keeps a ratio bound set on the same percentile.
   */
  public CanaryGateBuilder maxLatency(Percentile percentile, Duration max) {
    Objects.requireNonNull(percentile, "percentile");
    Objects.requireNonNull(max, "max");
    maxMillis.put(percentile, plain(new BigDecimal(max.toNanos()).movePointLeft(6)));
    maxRatio.putIfAbsent(percentile, null);
    return this;
  }

  /**
   * The largest multiple of the champion's latency at {@code percentile}: with p99 and 1.25 against
   * a champion at 200 ms, 240 ms passes, 260 ms fails, 250 ms (the tie) passes. Default p99 at
   * 1.25. Keeps an absolute bound set on the same percentile.
   */
  public CanaryGateBuilder maxLatencyRatio(Percentile percentile, double ratio) {
    Objects.requireNonNull(percentile, "percentile");
    maxRatio.put(percentile, exact(ratio, "canary.latency." + percentile.label() + ".maxRatio"));
    maxMillis.putIfAbsent(percentile, null);
    return this;
  }

  /**
   * The largest PSI of the canary's predictions against the champion's, warning above 0.1: with
   * 0.25, a PSI of 0.2 passes with a warning, 0.3 fails, 0.25 (the tie) passes. Default 0.25.
   */
  public CanaryGateBuilder maxPsi(double max) {
    BigDecimal m = exact(max, "canary.psi.max");
    this.psi = () -> new PsiBound(m, PsiBound.DEFAULT_WARN);
    return this;
  }

  /** The largest PSI, and the PSI above which a passing window carries a warning. */
  public CanaryGateBuilder maxPsi(double max, double warn) {
    BigDecimal m = exact(max, "canary.psi.max");
    BigDecimal w = exact(warn, "canary.psi.warn");
    this.psi = () -> new PsiBound(m, w);
    return this;
  }

  /**
   * The two-sample Kolmogorov–Smirnov test of scores: D at most {@code maxStatistic} and p at least
   * {@code minPValue}, either null for no bound; see {@link KsBound} for examples. Default none.
   */
  public CanaryGateBuilder kolmogorovSmirnov(@Nullable Double maxStatistic, @Nullable Double minPValue) {
    BigDecimal d = maxStatistic == null ? null : exact(maxStatistic, "canary.ks.maxStatistic");
    BigDecimal p = minPValue == null ? null : exact(minPValue, "canary.ks.minPValue");
    this.ks = () -> new KsBound(d, p);
    return this;
  }

  /**
   * The chi-square test of class rates: p at least {@code minPValue}; with 0.01, p = 0.3 passes,
   * 0.002 fails, 0.01 (the tie) passes. Default none.
   */
  public CanaryGateBuilder chiSquare(double minPValue) {
    BigDecimal p = exact(minPValue, "canary.chiSquare.minPValue");
    this.chiSquare = () -> new ChiSquareBound(p);
    return this;
  }

  /**
   * The anytime-valid sequential test of the canary's errors with false-rollback rate {@code alpha}
   * and margin 0: evidence accumulates over all windows and steps, and the canary is rolled back as
   * soon as its e-value reaches 1/α. With alpha 0.05 at 20 % of the traffic, 21 of 60 errors on the
   * canary (e = 12.9) pass, 22 of 60 (e = 26.8) roll back, e = 20 (the tie) rolls back; see {@link
   * SequentialErrorRate}. Default none.
   */
  public CanaryGateBuilder errorRateSequential(double alpha) {
    return errorRateSequential(alpha, 0);
  }

  /**
   * The sequential test of the canary's errors, allowing a canary error rate up to {@code (1 +
   * margin)} times the champion's; see {@link #errorRateSequential(double)}.
   */
  public CanaryGateBuilder errorRateSequential(double alpha, double margin) {
    BigDecimal a = exact(alpha, "canary.errorRateSequential.alpha");
    BigDecimal m = exact(margin, "canary.errorRateSequential.margin");
    this.errorRateSequential = () -> new SequentialErrorRate(a, m);
    return this;
  }

  /**
   * The anytime-valid sequential test of the canary's share of requests slower than {@code slo},
   * with false-rollback rate {@code alpha} and margin 0. With 250 ms and alpha 0.05 at 20 % of the
   * traffic, 21 of 60 slow requests on the canary (e = 12.9) pass, 22 of 60 (e = 26.8) roll back,
   * e = 20 (the tie) rolls back; see {@link SequentialLatency}. Default none.
   */
  public CanaryGateBuilder latencySequential(Duration slo, double alpha) {
    return latencySequential(slo, alpha, 0);
  }

  /**
   * The sequential test of slow requests, allowing the canary to miss the SLO up to {@code (1 +
   * margin)} times as often as the champion; see {@link #latencySequential(Duration, double)}.
   */
  public CanaryGateBuilder latencySequential(Duration slo, double alpha, double margin) {
    Objects.requireNonNull(slo, "slo");
    BigDecimal millis = plain(new BigDecimal(slo.toNanos()).movePointLeft(6));
    BigDecimal a = exact(alpha, "canary.latencySequential.alpha");
    BigDecimal m = exact(margin, "canary.latencySequential.margin");
    this.latencySequential = () -> new SequentialLatency(millis, a, m);
    return this;
  }

  /** The checks, replacing every check set so far (the defaults included). */
  public CanaryGateBuilder checks(CanaryChecks checks) {
    Objects.requireNonNull(checks, "checks");
    clearChecks();
    maxErrorRate = checks.maxErrorRate();
    ErrorRateComparison comparison = checks.errorRateVsChampion();
    errorRateVsChampion = comparison == null ? null : () -> comparison;
    for (LatencyBound bound : checks.latency()) {
      maxMillis.put(bound.percentile(), bound.maxMillis());
      maxRatio.put(bound.percentile(), bound.maxRatio());
    }
    PsiBound psiBound = checks.psi();
    psi = psiBound == null ? null : () -> psiBound;
    KsBound ksBound = checks.ks();
    ks = ksBound == null ? null : () -> ksBound;
    ChiSquareBound chiSquareBound = checks.chiSquare();
    chiSquare = chiSquareBound == null ? null : () -> chiSquareBound;
    SequentialErrorRate errors = checks.errorRateSequential();
    errorRateSequential = errors == null ? null : () -> errors;
    SequentialLatency slow = checks.latencySequential();
    latencySequential = slow == null ? null : () -> slow;
    return this;
  }

  /** Removes every check, the defaults included; {@link #build()} refuses a gate without checks. */
  public CanaryGateBuilder clearChecks() {
    maxErrorRate = null;
    errorRateVsChampion = null;
    maxMillis.clear();
    maxRatio.clear();
    psi = null;
    ks = null;
    chiSquare = null;
    errorRateSequential = null;
    latencySequential = null;
    return this;
  }

  /**
   * The gate.
   *
   * @throws dev.modelgate.core.InvalidPolicyException listing every problem
   */
  public CanaryGate build() {
    Problems problems = new Problems();
    CanaryChecks checks = buildChecks(problems);
    problems.addIf(
        interval.getNano() != 0, () -> CanaryPolicyProblem.notWholeSeconds("canary.interval", interval));
    // a gate whose checks are invalid is still checked with the default checks, to report everything
    CanaryChecks forGate = checks == null ? CanaryChecks.defaults() : checks;
    CanaryGate gate = problems.collect(() -> new CanaryGate(steps, interval.getSeconds(), windowsPerStep,
        failureLimit, failureCounting, minRequests, inconclusiveLimit, onInconclusive, forGate));
    problems.throwIfAny();
    return Objects.requireNonNull(gate);
  }

  private @Nullable CanaryChecks buildChecks(Problems problems) {
    List<LatencyBound> latency = new ArrayList<>();
    for (Percentile percentile : maxMillis.keySet()) {
      LatencyBound bound =
          problems.collect(() -> new LatencyBound(percentile, maxMillis.get(percentile), maxRatio.get(percentile)));
      if (bound != null) {
        latency.add(bound);
      }
    }
    ErrorRateComparison comparison = collect(problems, errorRateVsChampion);
    PsiBound psiBound = collect(problems, psi);
    KsBound ksBound = collect(problems, ks);
    ChiSquareBound chiSquareBound = collect(problems, chiSquare);
    SequentialErrorRate errors = collect(problems, errorRateSequential);
    SequentialLatency slow = collect(problems, latencySequential);
    if (problems.any()) {
      Bounds.fraction(problems, "canary.maxErrorRate", maxErrorRate);
      return null;
    }
    return problems.collect(() -> new CanaryChecks(
        maxErrorRate, comparison, latency, psiBound, ksBound, chiSquareBound, errors, slow));
  }

  /** The shortest exact decimal of a finite double: 0.0 is {@code 0}, 250.0 is {@code 250}. */
  private static BigDecimal exact(double value, String parameter) {
    return plain(Decimals.of(value, parameter));
  }

  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static <T> @Nullable T collect(Problems problems, @Nullable Supplier<T> part) {
    return part == null ? null : problems.collect(part);
  }
}
