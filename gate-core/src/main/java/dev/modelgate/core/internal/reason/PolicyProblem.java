package dev.modelgate.core.internal.reason;

import dev.modelgate.core.Metric;
import java.math.BigDecimal;

/**
 * The problems that make a policy invalid, one factory per problem. Stateless and thread-safe.
 */
public final class PolicyProblem {

  private PolicyProblem() {}

  /** "name is missing". */
  public static String missing(String part) {
    return part + " is missing";
  }

  /** "fast-track reason must not be blank". */
  public static String blank(String part) {
    return part + " must not be blank";
  }

  /** "registration has no checks: require at least one metric". */
  public static String noRegistrationChecks() {
    return "registration has no checks: require at least one metric";
  }

  /** "registration has an empty anyOf group: it needs at least one check". */
  public static String emptyAnyOf() {
    return "registration has an empty anyOf group: it needs at least one check";
  }

  /** "championChallenger.minImprovement = -5 must be at least 0". */
  public static String negative(String parameter, BigDecimal value) {
    return parameter + " = " + value.toPlainString() + " must be at least 0";
  }

  /** "costs.perRows = 0 must be at least 1". */
  public static String notPositive(String parameter, long value) {
    return parameter + " = " + value + " must be at least 1";
  }

  /** "championChallenger guards f1 twice". */
  public static String duplicateGuard(Metric metric) {
    return "championChallenger guards " + metric.name() + " twice";
  }

  /** A guard on the compared metric can never fail, so it is a mistake. */
  public static String guardOnComparedMetric(Metric metric) {
    return "championChallenger guards "
        + metric.name()
        + ", the metric it compares on: a strictly better candidate never drops on it";
  }

  /** A policy that uses net benefit needs the cost matrix net benefit is computed from. */
  public static String costsMissing() {
    return "costs are missing: the policy uses net_benefit, which needs a cost matrix";
  }
}
