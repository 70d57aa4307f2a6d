package dev.modelgate.core.internal.reason;

import dev.modelgate.core.Metric;
import dev.modelgate.metrics.paired.IntervalMethod;
import java.math.BigDecimal;
import java.util.List;

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

  /** "championChallenger.confidence = 1.5 must be a level between 0 and 1, both excluded". */
  public static String notALevel(String parameter, BigDecimal value) {
    return parameter + " = " + value.toPlainString() + " must be a level between 0 and 1, both excluded";
  }

  /** "championChallenger.bootstrap.resamples = 0 must be between 1 and 1000000". */
  public static String resamplesOutOfRange(String parameter, long value, int max) {
    return parameter + " = " + value + " must be between 1 and " + max;
  }

  /** "championChallenger.bootstrap.method = STUDENT_T is not a bootstrap method: use PERCENTILE or BCA". */
  public static String notABootstrapMethod(String parameter, IntervalMethod method) {
    return parameter + " = " + method.name() + " is not a bootstrap method: use PERCENTILE or BCA";
  }

  /**
   * "championChallenger compares on roc_auc with confidence, but only accuracy, error_rate,
   * precision, recall, f1 and net_benefit have paired intervals".
   */
  public static String noPairedInterval(Metric metric, List<Metric> paired) {
    List<String> names = paired.stream().map(Metric::name).toList();
    return "championChallenger compares on " + metric.name() + " with confidence, but only "
        + String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1)
        + " have paired intervals";
  }
}
