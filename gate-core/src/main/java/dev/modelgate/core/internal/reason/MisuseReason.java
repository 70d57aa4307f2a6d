package dev.modelgate.core.internal.reason;

/**
 * The messages of a gate used with verdicts that do not belong to it. Stateless and thread-safe.
 */
public final class MisuseReason {

  private MisuseReason() {}

  /** "the registration verdict was decided under another policy than this gate's (credit-risk)". */
  public static String otherPolicy(String layer, String policyName) {
    return "the " + layer + " verdict was decided under another policy than this gate's (" + policyName + ")";
  }

  /** "the registration verdict is for another candidate: model and evaluation must be the same". */
  public static String otherCandidate() {
    return "the registration verdict is for another candidate: model and evaluation must be the same";
  }

  /** "cannot build the gate: policy is missing; clock is missing". */
  public static String incompleteGate(String problems) {
    return "cannot build the gate: " + problems;
  }
}
