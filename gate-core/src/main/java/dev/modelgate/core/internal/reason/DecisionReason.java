package dev.modelgate.core.internal.reason;

import dev.modelgate.core.FastTrack;
import dev.modelgate.core.FirstModelRule;

/**
 * The reasons of decisions that follow from the policy rather than from one metric: a first model,
 * a candidate rejected at registration, a fast-track. Stateless and thread-safe.
 */
public final class DecisionReason {

  private DecisionReason() {}

  /** Why a first model (no champion yet) is promoted or held, naming the policy's rule. */
  public static String firstModel(FirstModelRule rule) {
    switch (rule) {
      case PROMOTE_IF_REGISTERED:
        return "no champion yet: the policy promotes a first model that passed registration"
            + " (PROMOTE_IF_REGISTERED)";
      case HOLD:
        return "no champion yet: the policy holds a first model for a person to promote (HOLD)";
      default:
        throw new AssertionError(rule);
    }
  }

  /** "the candidate was rejected at registration, so it cannot be promoted". */
  public static String rejectedAtRegistration() {
    return "the candidate was rejected at registration, so it cannot be promoted";
  }

  /** "fast-track policy approved by cto@example.com: champion leaks PII". */
  public static String fastTrack(FastTrack fastTrack) {
    return "fast-track policy approved by " + fastTrack.approver() + ": " + fastTrack.reason();
  }
}
