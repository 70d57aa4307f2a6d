package dev.modelgate.core;

import java.util.List;
import java.util.Objects;

/**
 * The result of an OR group of registration checks: each check's result, and whether at least one
 * passed. Immutable and thread-safe.
 *
 * @param group the group as written in the policy
 * @param checks the result of each check of the group, in order
 * @param passed whether at least one check passed
 * @param reason why, in plain words: "1 of 2 checks passed in any of (f1 &gt; 0.20, recall &gt;= 0.50)"
 */
public record AnyOfResult(AnyOf group, List<CheckResult> checks, boolean passed, String reason) {

  /** Copies the checks. */
  public AnyOfResult {
    Objects.requireNonNull(group, "group");
    Objects.requireNonNull(reason, "reason");
    checks = List.copyOf(checks);
  }
}
