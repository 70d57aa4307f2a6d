package dev.modelgate.core;

import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.PolicyProblem;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A quality policy: the gates of every layer as one value, which a training job, a pipeline and a
 * unit test evaluate alike.
 *
 * <pre>{@code
 * QualityPolicy policy = QualityPolicy.builder()
 *     .name("credit-risk")
 *     .costs(BinaryCosts.of("0", "0", "-500", "100"), "Bad")
 *     .registration(gate -> gate
 *         .require(Metrics.NET_BENEFIT).greaterThan(40_000)
 *         .require(Metrics.F1).greaterThan(0.20))
 *     .championChallenger(gate -> gate
 *         .compareOn(Metrics.NET_BENEFIT)
 *         .guard(Metrics.F1).mayNotDropBy(0.02))
 *     .canary(gate -> gate
 *         .split(80, 20)
 *         .maxErrorRate(0.01)
 *         .maxLatency(Percentile.P99, Duration.ofMillis(250)))
 *     .build();
 * }</pre>
 *
 * <p>Layer 1 is the {@link #registration()} gate, layer 2 the {@link #championChallenger()} gate,
 * and layer 3, the pipeline gate, needs no settings: it deploys exactly when layer 2 promotes (see
 * {@link Gate#pipeline}). Layer 4 is the {@link #canary()} gate, which {@link
 * dev.modelgate.core.canary.CanaryAnalysis} runs on live traffic; it defaults to {@link
 * CanaryGate#defaults()}. The policy has no way to leave any layer out.
 *
 * <p>Every part is a plain value with accessors and value equality, so a policy written in Java,
 * YAML or JSON compares equal when it says the same thing. Immutable and thread-safe.
 *
 * @param name the policy's name, such as {@code credit-risk}, not blank
 * @param costs the cost matrix {@code net_benefit} is computed from; required when any check uses
 *     {@code net_benefit}, which the default champion–challenger gate does
 * @param registration layer 1, the registration gate
 * @param championChallenger layer 2, the champion–challenger gate
 * @param canary layer 4, the canary gate; {@link CanaryGate#defaults()} unless the policy sets one
 * @param fastTrack the fast-track mark when this is an emergency variant, null otherwise
 */
public record QualityPolicy(
    String name,
    @Nullable CostModel costs,
    RegistrationGate registration,
    ChampionChallengerGate championChallenger,
    CanaryGate canary,
    @Nullable FastTrack fastTrack) {

  /**
   * Checks the parts.
   *
   * @throws InvalidPolicyException listing every problem: a blank name, net benefit without costs
   */
  public QualityPolicy {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(championChallenger, "championChallenger");
    Objects.requireNonNull(canary, "canary");
    Problems problems = new Problems();
    checkName(problems, name);
    checkCosts(problems, costs != null, registration, championChallenger);
    problems.throwIfAny();
  }

  /**
   * A policy with the {@link CanaryGate#defaults() default canary gate}.
   *
   * @throws InvalidPolicyException listing every problem: a blank name, net benefit without costs
   */
  public QualityPolicy(
      String name,
      @Nullable CostModel costs,
      RegistrationGate registration,
      ChampionChallengerGate championChallenger,
      @Nullable FastTrack fastTrack) {
    this(name, costs, registration, championChallenger, CanaryGate.defaults(), fastTrack);
  }

  /** A builder of a policy. */
  public static QualityPolicyBuilder builder() {
    return new QualityPolicyBuilder();
  }

  /** A builder holding this policy's parts, to derive a variant. */
  public QualityPolicyBuilder toBuilder() {
    QualityPolicyBuilder builder =
        new QualityPolicyBuilder()
            .name(name)
            .registration(registration)
            .championChallenger(championChallenger)
            .canary(canary);
    if (costs != null) {
      builder.costs(costs);
    }
    if (fastTrack != null) {
      builder.fastTrack(fastTrack);
    }
    return builder;
  }

  /**
   * Whether this is a fast-track (emergency) variant. Named {@code has…} rather than {@code is…} so
   * that bean-style serialisers keep the {@link #fastTrack()} component instead of a boolean.
   */
  public boolean hasFastTrack() {
    return fastTrack != null;
  }

  /**
   * A fast-track variant of this policy: the same policy with the reduced requirements that {@code
   * reducedRequirements} sets, marked with a reason and an approver. Every layer still runs; a
   * gate can be lowered, never removed (a registration gate still needs a check, the candidate
   * must still be strictly better on some metric).
   *
   * <pre>{@code
   * QualityPolicy emergency = policy.fastTrack("champion leaks PII, INC-4711", "cto@example.com",
   *     p -> p.registration(gate -> gate.require(Metrics.F1).greaterThan(0.10)));
   * }</pre>
   *
   * @param reason why the requirements are reduced, not blank
   * @param approver who approved the fast-track, not blank
   * @param reducedRequirements replaces the gates to lower, on a builder holding this policy
   * @throws InvalidPolicyException listing every problem, such as a blank reason or approver
   */
  public QualityPolicy fastTrack(
      String reason, String approver, Consumer<QualityPolicyBuilder> reducedRequirements) {
    QualityPolicyBuilder builder = toBuilder();
    reducedRequirements.accept(builder);
    return builder.fastTrack(reason, approver).build();
  }

  static void checkName(Problems problems, @Nullable String name) {
    if (name == null) {
      problems.add(PolicyProblem.missing("name"));
    } else if (name.isBlank()) {
      problems.add(PolicyProblem.blank("name"));
    }
  }

  static void checkCosts(
      Problems problems,
      boolean hasCosts,
      @Nullable RegistrationGate registration,
      @Nullable ChampionChallengerGate championChallenger) {
    boolean usesNetBenefit =
        (registration != null && usesNetBenefit(registration))
            || (championChallenger != null && usesNetBenefit(championChallenger));
    problems.addIf(usesNetBenefit && !hasCosts, PolicyProblem::costsMissing);
  }

  private static boolean usesNetBenefit(RegistrationGate gate) {
    return Stream.concat(gate.checks().stream(), gate.anyOf().stream().flatMap(g -> g.checks().stream()))
        .anyMatch(check -> isNetBenefit(check.metric()));
  }

  private static boolean usesNetBenefit(ChampionChallengerGate gate) {
    return isNetBenefit(gate.compareOn())
        || gate.guards().stream().anyMatch(guard -> isNetBenefit(guard.metric()));
  }

  private static boolean isNetBenefit(Metric metric) {
    return metric.name().equals(Metrics.NET_BENEFIT.name());
  }
}
