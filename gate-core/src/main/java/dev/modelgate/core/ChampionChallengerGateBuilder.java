package dev.modelgate.core;

import dev.modelgate.core.internal.gate.Decimals;
import dev.modelgate.core.internal.gate.Problems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link ChampionChallengerGate}, as in {@code gate ->
 * gate.compareOn(Metrics.NET_BENEFIT).withConfidence(0.95).guard(Metrics.F1).mayNotDropBy(0.02)}.
 * Starts from the defaults: compare on {@code net_benefit}, no minimum improvement, no guards, first
 * model promoted if registered, no confidence required. Numbers are exact: {@code long} and {@link
 * BigDecimal} as is, {@code double} by its shortest decimal, {@code String} as written. Not
 * thread-safe; reusable after {@link #build()}.
 */
public final class ChampionChallengerGateBuilder {

  private Metric compareOn = Metrics.NET_BENEFIT;
  private @Nullable BigDecimal minImprovement;
  private @Nullable BigDecimal minRelativeImprovement;
  private final List<Supplier<Guard>> guards = new ArrayList<>();
  private FirstModelRule firstModel = FirstModelRule.PROMOTE_IF_REGISTERED;
  private @Nullable Supplier<Confidence> confidence;

  ChampionChallengerGateBuilder() {}

  /** The metric the candidate must be strictly better on; default {@code net_benefit}. */
  public ChampionChallengerGateBuilder compareOn(Metric metric) {
    this.compareOn = Objects.requireNonNull(metric, "metric");
    return this;
  }

  /**
   * The smallest absolute improvement: with 100 and a champion at 1000, 1150 passes, 1050 fails,
   * the tie 1100 passes.
   */
  public ChampionChallengerGateBuilder minImprovement(BigDecimal improvement) {
    this.minImprovement = Objects.requireNonNull(improvement, "minImprovement");
    return this;
  }

  /**
   * The smallest absolute improvement: with 100 and a champion at 1000, 1150 passes, 1050 fails,
   * the tie 1100 passes.
   */
  public ChampionChallengerGateBuilder minImprovement(long improvement) {
    return minImprovement(BigDecimal.valueOf(improvement));
  }

  /**
   * The smallest absolute improvement: with 0.01 and a champion at 0.80, 0.82 passes, 0.805 fails,
   * the tie 0.81 passes.
   */
  public ChampionChallengerGateBuilder minImprovement(double improvement) {
    return minImprovement(Decimals.of(improvement, "minImprovement"));
  }

  /**
   * The smallest absolute improvement, written as a decimal such as {@code "250.00"}; a tie passes.
   */
  public ChampionChallengerGateBuilder minImprovement(String improvement) {
    return minImprovement(Decimals.parse(improvement, "minImprovement"));
  }

  /**
   * The smallest improvement as a fraction of |champion| ({@code 0.10} is 10%): with 10%, a
   * champion at −1000 needs at least −900 (−900 passes, the tie; −950 fails; −800 passes).
   */
  public ChampionChallengerGateBuilder minRelativeImprovement(BigDecimal fraction) {
    this.minRelativeImprovement = Objects.requireNonNull(fraction, "minRelativeImprovement");
    return this;
  }

  /**
   * The smallest improvement as a fraction of |champion|: with 0.10 and a champion at 1000, 1200
   * passes, 1050 fails, the tie 1100 passes.
   */
  public ChampionChallengerGateBuilder minRelativeImprovement(double fraction) {
    return minRelativeImprovement(Decimals.of(fraction, "minRelativeImprovement"));
  }

  /**
   * The smallest improvement as a fraction of |champion|, written as a decimal such as {@code
   * "0.05"}; a tie passes.
   */
  public ChampionChallengerGateBuilder minRelativeImprovement(String fraction) {
    return minRelativeImprovement(Decimals.parse(fraction, "minRelativeImprovement"));
  }

  /** Starts a guard on {@code metric}: {@code guard(Metrics.F1).mayNotDropBy(0.02)}. */
  public GuardStep guard(Metric metric) {
    return new GuardStep(metric);
  }

  /** Adds a guard. */
  public ChampionChallengerGateBuilder guard(Guard guard) {
    Objects.requireNonNull(guard, "guard");
    guards.add(() -> guard);
    return this;
  }

  /**
   * What to decide when there is no champion yet; default {@link
   * FirstModelRule#PROMOTE_IF_REGISTERED}.
   */
  public ChampionChallengerGateBuilder firstModel(FirstModelRule rule) {
    this.firstModel = Objects.requireNonNull(rule, "rule");
    return this;
  }

  /**
   * Promote only with confidence: the lower bound of the two-sided interval at {@code level} for
   * the improvement must lie strictly above 0 (or the minimum improvement). With 0.95 on {@code
   * net_benefit}: an interval [120.00, 1800.00] passes, [-1200.00, 3000.00] fails, and the tie at the
   * bound [0.00, 900.00] fails. The bootstrap has its defaults: 10,000 resamples, seed 42, percentile. A
   * level outside (0, 1) is reported by {@link #build()}.
   */
  public ChampionChallengerGateBuilder withConfidence(double level) {
    BigDecimal exact = Decimals.of(level, "confidence");
    this.confidence = () -> Confidence.of(exact);
    return this;
  }

  /**
   * Promote only with confidence at the decimal {@code level}, such as {@code "0.95"}: see {@link
   * #withConfidence(double)} for a passing, a failing and a tie example.
   */
  public ChampionChallengerGateBuilder withConfidence(String level) {
    BigDecimal exact = Decimals.parse(level, "confidence");
    this.confidence = () -> Confidence.of(exact);
    return this;
  }

  /**
   * Promote only with the given confidence and bootstrap settings: see {@link
   * #withConfidence(double)} for a passing, a failing and a tie example.
   */
  public ChampionChallengerGateBuilder withConfidence(Confidence confidence) {
    Objects.requireNonNull(confidence, "confidence");
    this.confidence = () -> confidence;
    return this;
  }

  /** Back to the plain strict rule: no confidence required (the default). */
  public ChampionChallengerGateBuilder withoutConfidence() {
    this.confidence = null;
    return this;
  }

  /**
   * The gate.
   *
   * @throws InvalidPolicyException listing every problem
   */
  public ChampionChallengerGate build() {
    Problems problems = new Problems();
    List<Guard> built = new ArrayList<>();
    for (Supplier<Guard> guard : guards) {
      Guard g = problems.collect(guard);
      if (g != null) {
        built.add(g);
      }
    }
    // a confidence with problems is left out, so that the gate's own problems are reported too
    Confidence required = confidence == null ? null : problems.collect(confidence);
    ChampionChallengerGate gate =
        problems.collect(
            () -> new ChampionChallengerGate(
                compareOn, minImprovement, minRelativeImprovement, built, firstModel, required));
    problems.throwIfAny();
    return Objects.requireNonNull(gate);
  }

  /** The second half of {@code guard(metric).mayNotDropBy(bound)}. Not thread-safe. */
  public final class GuardStep {

    private final Metric metric;

    private GuardStep(Metric metric) {
      this.metric = Objects.requireNonNull(metric, "metric");
    }

    /**
     * The metric may not get worse by more than {@code maxDrop}: with 0.02 from 0.80, 0.79 holds,
     * 0.77 fails, the tie 0.78 holds.
     */
    public ChampionChallengerGateBuilder mayNotDropBy(BigDecimal maxDrop) {
      Objects.requireNonNull(maxDrop, "maxDrop");
      guards.add(() -> new Guard(metric, maxDrop));
      return ChampionChallengerGateBuilder.this;
    }

    /**
     * The metric may not get worse by more than {@code maxDrop}: with 500 from 40000, 39600 holds,
     * 39000 fails, the tie 39500 holds.
     */
    public ChampionChallengerGateBuilder mayNotDropBy(long maxDrop) {
      return mayNotDropBy(BigDecimal.valueOf(maxDrop));
    }

    /**
     * The metric may not get worse by more than {@code maxDrop}: with 0.02 from 0.80, 0.79 holds,
     * 0.77 fails, the tie 0.78 holds.
     */
    public ChampionChallengerGateBuilder mayNotDropBy(double maxDrop) {
      return mayNotDropBy(Decimals.of(maxDrop, "mayNotDropBy of " + metric.name()));
    }

    /**
     * The metric may not get worse by more than the decimal {@code maxDrop}, such as {@code
     * "500.00"}; a tie holds.
     */
    public ChampionChallengerGateBuilder mayNotDropBy(String maxDrop) {
      return mayNotDropBy(Decimals.parse(maxDrop, "mayNotDropBy of " + metric.name()));
    }

    /**
     * The metric may not get worse at all: from 0.80, 0.81 holds, 0.79 fails, the tie 0.80 holds.
     */
    public ChampionChallengerGateBuilder mayNotDrop() {
      return mayNotDropBy(BigDecimal.ZERO);
    }
  }
}
