package dev.modelgate.core.internal.reason;

import dev.modelgate.core.AnyOf;

/**
 * The reasons of an OR group of registration checks: "1 of 2 checks passed in any of (f1 > 0.20,
 * recall >= 0.50)". Stateless and thread-safe.
 */
public final class AnyOfReason {

  private AnyOfReason() {}

  /** "1 of 2 checks passed in any of (f1 > 0.20, recall >= 0.50)". */
  public static String passed(AnyOf group, long passedChecks) {
    return passedChecks + " of " + group.checks().size() + " checks passed in " + group;
  }

  /** "none of the 2 checks passed in any of (f1 > 0.20, recall >= 0.50); at least one must". */
  public static String failed(AnyOf group) {
    return "none of the " + group.checks().size() + " checks passed in " + group + "; at least one must";
  }
}
