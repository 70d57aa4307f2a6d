package dev.modelgate.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The exit status of a {@code gate} command: what a CI system or a script reads to tell a decision
 * from a failure.
 *
 * <p>A gate that reached a decision exits {@link #OK}, whatever the decision: {@code REJECT},
 * {@code HOLD} and {@code SKIP} are the system working, and a skipped deploy is a green run. Every
 * failure has its own code, so a pipeline can tell bad input from a refused comparison from a
 * broken registry.
 *
 * <p>{@code gate canary} tells its three ends apart, because a pipeline acts on each differently:
 * {@link #OK} promoted, {@link #ROLLED_BACK} rolled back, {@link #HELD} held for a person, and
 * {@link #ROLLBACK_FAILED} when the canary may still receive traffic. With {@code --dry-run} it
 * exits as the run would have. Immutable and thread-safe.
 */
public enum ExitCode {

  /** The command completed; for the gates, a decision was reached (REJECT, HOLD and SKIP too). */
  OK(0, "success; for the gates: a decision was reached, REJECT, HOLD and SKIP included",
      "the canary was promoted (with --dry-run: would have been)", true),

  /** {@code --fail-on-reject} was given and the candidate was rejected at registration. */
  REJECTED(1, "the candidate was rejected at registration and --fail-on-reject was given", null, true),

  /** Invalid input: a bad flag, an unreadable or malformed data file, an invalid policy. */
  INVALID_INPUT(
      2, "invalid input: bad or missing flags, an unreadable or malformed file, an invalid policy",
      "invalid input: bad or missing flags, an invalid policy or recording, an unknown version;"
          + " nothing was moved",
      true),

  /** The comparison was refused: champion and candidate were evaluated on different test sets. */
  DIFFERENT_TEST_SETS(
      3, "comparison refused: champion and candidate were evaluated on different test sets", null,
      true),

  /** Infrastructure failure: the registry is unreadable or unwritable, or an output failed. */
  INFRASTRUCTURE(
      4, "infrastructure error: the registry or an output file could not be read or written",
      "infrastructure error: the registry, the Kubernetes API server or an output file failed",
      true),

  /** A defect in {@code gate} itself; the stack trace is printed to stderr. */
  INTERNAL_ERROR(5, "internal error: a bug in gate (the stack trace is printed)",
      "internal error: a bug in gate (the stack trace is printed)", true),

  /** {@code gate canary}: the canary was rolled back, or with {@code --dry-run} would have been. */
  ROLLED_BACK(6, null,
      "the canary was rolled back: all traffic is on the champion (with --dry-run: would have"
          + " been)",
      false),

  /**
   * {@code gate canary}: the run reached its limit of inconclusive windows and the policy holds:
   * the split is unchanged, for a person to decide. Never a promotion.
   */
  HELD(7, null,
      "the canary was held: too little conclusive data, the split is unchanged for a person to"
          + " decide (with --dry-run: would have been)",
      false),

  /**
   * {@code gate canary}: the rollback was retried but never confirmed, so the canary may still
   * receive traffic. Needs a person now.
   */
  ROLLBACK_FAILED(8, null,
      "ROLLBACK FAILED: the canary may still receive traffic; put it back on the champion by hand",
      false);

  private final int code;
  private final @Nullable String description;
  private final @Nullable String canaryDescription;
  private final boolean otherCommands;

  ExitCode(int code, @Nullable String description, @Nullable String canaryDescription,
      boolean otherCommands) {
    this.code = code;
    this.description = description;
    this.canaryDescription = canaryDescription;
    this.otherCommands = otherCommands;
  }

  /** The process exit status, 0 to 8. */
  public int code() {
    return code;
  }

  /** What the status means, as the top-level {@code --help} lists it. */
  public String description() {
    return description != null ? description : "gate canary: " + canaryDescription;
  }

  /** The statuses {@code --help} lists for {@code gate canary} or for another command, in order. */
  static Map<String, String> listed(boolean canary) {
    Map<String, String> codes = new LinkedHashMap<>();
    for (ExitCode exit : values()) {
      String text = canary ? exit.canaryDescription : exit.otherCommands ? exit.description : null;
      if (text != null) {
        codes.put(Integer.toString(exit.code), text);
      }
    }
    return codes;
  }
}
