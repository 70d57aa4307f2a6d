package dev.modelgate.core;

import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.CanaryGateBuilder;
import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.PolicyProblem;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link QualityPolicy}. A policy needs a name and a registration gate; the
 * champion–challenger gate defaults to {@link ChampionChallengerGate#defaults()} and the canary gate
 * to {@link CanaryGate#defaults()}. Each call of {@code registration(...)}, {@code
 * championChallenger(...)} or {@code canary(...)} replaces that gate. Every part is
 * checked at {@link #build()}, which reports all problems at once. Not thread-safe; reusable after
 * {@code build()}.
 */
public final class QualityPolicyBuilder {

  private @Nullable String name;
  private @Nullable Supplier<CostModel> costs;
  private @Nullable Supplier<RegistrationGate> registration;
  private Supplier<ChampionChallengerGate> championChallenger = ChampionChallengerGate::defaults;
  private Supplier<CanaryGate> canary = CanaryGate::defaults;
  private @Nullable Supplier<FastTrack> fastTrack;

  QualityPolicyBuilder() {}

  /** The policy's name, such as {@code credit-risk}. */
  public QualityPolicyBuilder name(String name) {
    this.name = Objects.requireNonNull(name, "name");
    return this;
  }

  /** The cost matrix net benefit is computed from, with the label of the positive class. */
  public QualityPolicyBuilder costs(BinaryCosts costs, String positiveLabel) {
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(positiveLabel, "positiveLabel");
    this.costs = () -> new CostModel(costs, positiveLabel, null);
    return this;
  }

  /** The cost matrix, with net benefit scaled to {@code perRows} rows of production volume. */
  public QualityPolicyBuilder costs(BinaryCosts costs, String positiveLabel, long perRows) {
    Objects.requireNonNull(costs, "costs");
    Objects.requireNonNull(positiveLabel, "positiveLabel");
    this.costs = () -> new CostModel(costs, positiveLabel, perRows);
    return this;
  }

  /** The cost matrix. */
  public QualityPolicyBuilder costs(CostModel costs) {
    Objects.requireNonNull(costs, "costs");
    this.costs = () -> costs;
    return this;
  }

  /**
   * Layer 1, written on a fresh builder: {@code gate ->
   * gate.require(Metrics.F1).greaterThan(0.20)}.
   */
  public QualityPolicyBuilder registration(Consumer<RegistrationGateBuilder> gate) {
    RegistrationGateBuilder builder = RegistrationGate.builder();
    gate.accept(builder);
    this.registration = builder::build;
    return this;
  }

  /** Layer 1. */
  public QualityPolicyBuilder registration(RegistrationGate gate) {
    Objects.requireNonNull(gate, "gate");
    this.registration = () -> gate;
    return this;
  }

  /**
   * Layer 2, written on a builder starting from the defaults: {@code gate ->
   * gate.guard(Metrics.F1).mayNotDropBy(0.02)}.
   */
  public QualityPolicyBuilder championChallenger(Consumer<ChampionChallengerGateBuilder> gate) {
    ChampionChallengerGateBuilder builder = ChampionChallengerGate.builder();
    gate.accept(builder);
    this.championChallenger = builder::build;
    return this;
  }

  /** Layer 2. */
  public QualityPolicyBuilder championChallenger(ChampionChallengerGate gate) {
    Objects.requireNonNull(gate, "gate");
    this.championChallenger = () -> gate;
    return this;
  }

  /**
   * Layer 4, written on a builder starting from the defaults: {@code gate -> gate.steps(5, 20,
   * 50).maxErrorRate(0.01)}. Layer 4 cannot be switched off; a gate needs at least one check.
   */
  public QualityPolicyBuilder canary(Consumer<CanaryGateBuilder> gate) {
    CanaryGateBuilder builder = CanaryGate.builder();
    gate.accept(builder);
    this.canary = builder::build;
    return this;
  }

  /** Layer 4. */
  public QualityPolicyBuilder canary(CanaryGate gate) {
    Objects.requireNonNull(gate, "gate");
    this.canary = () -> gate;
    return this;
  }

  /**
   * Marks the policy as a fast-track, with its reason and approver; see {@link
   * QualityPolicy#fastTrack}.
   */
  public QualityPolicyBuilder fastTrack(String reason, String approver) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(approver, "approver");
    this.fastTrack = () -> new FastTrack(reason, approver);
    return this;
  }

  /** Marks the policy as a fast-track. */
  public QualityPolicyBuilder fastTrack(FastTrack fastTrack) {
    Objects.requireNonNull(fastTrack, "fastTrack");
    this.fastTrack = () -> fastTrack;
    return this;
  }

  /**
   * The policy.
   *
   * @throws InvalidPolicyException listing every problem: missing name or registration, invalid
   *     gates (the canary's included), costs missing for net benefit, a blank fast-track reason or approver
   */
  public QualityPolicy build() {
    Problems problems = new Problems();
    QualityPolicy.checkName(problems, name);
    CostModel builtCosts = costs == null ? null : problems.collect(costs);
    RegistrationGate builtRegistration = null;
    if (registration == null) {
      problems.add(PolicyProblem.missing("registration"));
    } else {
      builtRegistration = problems.collect(registration);
    }
    ChampionChallengerGate builtChampionChallenger = problems.collect(championChallenger);
    CanaryGate builtCanary = problems.collect(canary);
    FastTrack builtFastTrack = fastTrack == null ? null : problems.collect(fastTrack);
    QualityPolicy.checkCosts(problems, costs != null, builtRegistration, builtChampionChallenger);
    problems.throwIfAny();
    return new QualityPolicy(
        Objects.requireNonNull(name),
        builtCosts,
        Objects.requireNonNull(builtRegistration),
        Objects.requireNonNull(builtChampionChallenger),
        Objects.requireNonNull(builtCanary),
        builtFastTrack);
  }
}
