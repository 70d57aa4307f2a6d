package dev.modelgate.core.internal.reason;

import dev.modelgate.core.canary.FailureCounting;
import dev.modelgate.core.canary.InconclusiveAction;

/**
 * The reasons of a canary run's transitions and traffic actions, one factory per reason: "2 failed
 * windows reached the failure limit of 2 (cumulative)". Stateless and thread-safe.
 */
public final class CanaryRunReason {

  private CanaryRunReason() {}

  /** "step 1 of 3: the canary receives 5% of the traffic". */
  public static String stepStarted(int step, int steps, int percent) {
    return "step " + step + " of " + steps + ": the canary receives " + percent + "% of the traffic";
  }

  /** "5 windows passed at 5%; step 2 of 3: the canary receives 20% of the traffic". */
  public static String stepPassed(int windows, int percent, int step, int steps, int nextPercent) {
    return passed(windows) + " at " + percent + "%; " + stepStarted(step, steps, nextPercent);
  }

  /** "5 windows passed at 50%, the last step: the canary was promoted to 100% of the traffic". */
  public static String promoted(int windows, int percent) {
    return passed(windows) + " at " + percent
        + "%, the last step: the canary was promoted to 100% of the traffic";
  }

  /**
   * "2 failed windows reached the failure limit of 2 (cumulative)" or "2 consecutive failed windows
   * reached the failure limit of 2".
   */
  public static String failureLimit(int failed, int limit, FailureCounting counting) {
    return counting == FailureCounting.CONSECUTIVE
        ? failed + " consecutive failed " + windows(failed) + " reached the failure limit of " + limit
        : failed + " failed " + windows(failed) + " reached the failure limit of " + limit + " (cumulative)";
  }

  /**
   * "3 inconclusive windows reached the limit of 3: missing data is never a pass, so the policy
   * rolls back", or "…, so the policy holds the split at 20% for a person to decide".
   */
  public static String inconclusiveLimit(int inconclusive, int limit, InconclusiveAction action, int percent) {
    String head = inconclusive + " inconclusive " + windows(inconclusive) + " reached the limit of " + limit
        + ": missing data is never a pass, so the policy ";
    return action == InconclusiveAction.ROLLBACK
        ? head + "rolls back"
        : head + "holds the split at " + percent + "% for a person to decide";
  }

  /** "the router failed to set the canary's share to 20%: TrafficException: refused". */
  public static String shareFailed(int percent, String detail) {
    return "the router failed to set the canary's share to " + percent + "%: " + detail;
  }

  /** "the router did not confirm 20% canary traffic after 5 reads (last seen 0%, not ready)". */
  public static String shareUnconfirmed(int percent, int reads, String detail) {
    return "the router did not confirm " + percent + "% canary traffic after " + reads + " read"
        + (reads == 1 ? "" : "s") + " (" + detail + ")";
  }

  /** "the router failed to promote the canary: TrafficException: refused". */
  public static String promotionFailed(String detail) {
    return "the router failed to promote the canary: " + detail;
  }

  /** "the registry did not move champion of credit-risk to version 7: alias … moved since it was read". */
  public static String registryRefused(String model, String version, String detail) {
    return "the registry did not move champion of " + model + " to version " + version + ": " + detail;
  }

  /** "champion of credit-risk moved from version 6 to 7", or "from unset to 7". */
  public static String championMoved(String model, String from, String to) {
    return "champion of " + model + " moved from " + from + " to " + to;
  }

  /** "the analysis failed: IllegalStateException: boom". */
  public static String analysisFailed(String detail) {
    return "the analysis failed: " + detail;
  }

  /** "the analysis was interrupted". */
  public static String interrupted() {
    return "the analysis was interrupted";
  }

  /**
   * "rollback failed after 5 attempts (TrafficException: unreachable): the canary may still receive
   * traffic".
   */
  public static String rollbackFailed(int attempts, String detail) {
    return "rollback failed after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + " (" + detail
        + "): the canary may still receive traffic";
  }

  /** "the audit log could not record the transition to ROLLED_BACK: AuditLogException: disk full". */
  public static String auditFailed(String state, String detail) {
    return "the audit log could not record the transition to " + state + ": " + detail;
  }

  /** "IllegalStateException: boom", or the class name alone when there is no message. */
  public static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** "last seen 0%, not ready". */
  public static String lastSeen(int percent, boolean ready) {
    return "last seen " + percent + "%, " + (ready ? "ready" : "not ready");
  }

  /** "last read failed: TrafficException: timeout". */
  public static String readFailed(String detail) {
    return "last read failed: " + detail;
  }

  /** "dry run: the router was not called". */
  public static String dryRun() {
    return "dry run: the router was not called";
  }

  /** "cannot build the canary analysis: metrics is missing; router is missing (only a dry run …)". */
  public static String incompleteAnalysis(String problems) {
    return "cannot build the canary analysis: " + problems;
  }

  /** "router is missing: only a dry run may go without one". */
  public static String routerMissing() {
    return "router is missing: only a dry run may go without one";
  }

  /** "candidate version is missing: a registry's champion alias can only move to a version". */
  public static String candidateVersionMissing() {
    return "candidate version is missing: a registry's champion alias can only move to a version";
  }

  private static String passed(int windows) {
    return windows + " " + windows(windows) + " passed";
  }

  private static String windows(int count) {
    return count == 1 ? "window" : "windows";
  }
}
