package dev.modelgate.core.internal.run;

import java.util.Optional;

/**
 * What each registry call of a gate run did, in plain words, one factory per result. Stateless and
 * thread-safe.
 */
public final class ActionDetails {

  private ActionDetails() {}

  /** "registered version 2 of credit-risk". */
  public static String registered(String model, String version) {
    return "registered version " + version + " of " + model;
  }

  /** "registering credit-risk failed (RegistryException: disk full)". */
  public static String registerFailed(String model, RuntimeException failure) {
    return "registering " + model + " failed (" + cause(failure) + ")";
  }

  /** "alias champion of credit-risk points to version 1", or "… is unset". */
  public static String aliasRead(String model, String alias, Optional<String> version) {
    return "alias " + alias + " of " + model
        + version.map(v -> " points to version " + v).orElse(" is unset");
  }

  /** "reading alias champion of credit-risk failed (RegistryException: timeout)". */
  public static String aliasReadFailed(String model, String alias, RuntimeException failure) {
    return "reading alias " + alias + " of " + model + " failed (" + cause(failure) + ")";
  }

  /** "read version 1 of credit-risk, evaluated on sha256:…", or "…, which has no evaluation". */
  public static String versionRead(String model, String version, Optional<String> testSet) {
    return "read version " + version + " of " + model
        + testSet.map(t -> ", evaluated on " + t).orElse(", which has no evaluation");
  }

  /** "version 1 of credit-risk, where alias champion points, does not exist". */
  public static String versionMissing(String model, String version, String alias) {
    return "version " + version + " of " + model + ", where alias " + alias + " points, does not exist";
  }

  /** "reading version 1 of credit-risk failed (RegistryException: timeout)". */
  public static String versionReadFailed(String model, String version, RuntimeException failure) {
    return "reading version " + version + " of " + model + " failed (" + cause(failure) + ")";
  }

  /** "moved alias champion of credit-risk from version 1 to version 2", or "from unset to …". */
  public static String aliasMoved(String model, String alias, Optional<String> from, String to) {
    return "moved alias " + alias + " of " + model + " from " + RunSummaries.shown(from) + " to version " + to;
  }

  /** "moving alias champion of credit-risk to version 2 failed (RegistryException: timeout)". */
  public static String aliasMoveFailed(String model, String alias, String to, RuntimeException failure) {
    return "moving alias " + alias + " of " + model + " to version " + to + " failed (" + cause(failure) + ")";
  }

  /** "tagged version 2 of credit-risk with the gate's decisions". */
  public static String tagged(String model, String version) {
    return "tagged version " + version + " of " + model + " with the gate's decisions";
  }

  /** "tagging version 2 of credit-risk failed (RegistryException: disk full)". */
  public static String tagFailed(String model, String version, RuntimeException failure) {
    return "tagging version " + version + " of " + model + " failed (" + cause(failure) + ")";
  }

  /** "RegistryException: disk full", or the class name alone when there is no message. */
  public static String cause(Exception failure) {
    String message = failure.getMessage();
    return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
