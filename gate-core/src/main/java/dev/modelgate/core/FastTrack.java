package dev.modelgate.core;

import dev.modelgate.core.internal.gate.Problems;
import dev.modelgate.core.internal.reason.PolicyProblem;
import java.util.Objects;

/**
 * The mark of a fast-track policy: an emergency variant with reduced requirements, declared with a
 * reason and the person who approved it.
 *
 * <p>A fast-track still runs every layer; it only lowers what the layers require. Every verdict a
 * fast-track policy produces carries this value and says so in its first reason. Immutable and
 * thread-safe.
 *
 * @param reason why the usual requirements are reduced, not blank
 * @param approver who approved it, not blank
 */
public record FastTrack(String reason, String approver) {

  /**
   * Checks the parts.
   *
   * @throws InvalidPolicyException listing every blank part
   */
  public FastTrack {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(approver, "approver");
    Problems problems = new Problems();
    problems.addIf(reason.isBlank(), () -> PolicyProblem.blank("fast-track reason"));
    problems.addIf(approver.isBlank(), () -> PolicyProblem.blank("fast-track approver"));
    problems.throwIfAny();
  }
}
