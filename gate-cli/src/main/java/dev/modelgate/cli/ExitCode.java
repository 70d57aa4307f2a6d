package dev.modelgate.cli;

/**
 * The exit status of a {@code gate} command: what a CI system or a script reads to tell a decision
 * from a failure.
 *
 * <p>A gate that reached a decision exits {@link #OK}, whatever the decision: {@code REJECT},
 * {@code HOLD} and {@code SKIP} are the system working, and a skipped deploy is a green run. Every failure
 * has its own code, so a pipeline can tell bad input from a refused comparison from a broken
 * registry. Immutable and thread-safe.
 */
public enum ExitCode {

  /** The command completed; for the gates, a decision was reached (REJECT, HOLD and SKIP too). */
  OK(0, "success; for the gates: a decision was reached, REJECT, HOLD and SKIP included"),

  /** {@code --fail-on-reject} was given and the candidate was rejected at registration. */
  REJECTED(1, "the candidate was rejected at registration and --fail-on-reject was given"),

  /** Invalid input: a bad flag, an unreadable or malformed data file, an invalid policy. */
  INVALID_INPUT(
      2, "invalid input: bad or missing flags, an unreadable or malformed file, an invalid policy"),

  /** The comparison was refused: champion and candidate were evaluated on different test sets. */
  DIFFERENT_TEST_SETS(
      3, "comparison refused: champion and candidate were evaluated on different test sets"),

  /** Infrastructure failure: the registry is unreadable or unwritable, or an output failed. */
  INFRASTRUCTURE(
      4, "infrastructure error: the registry or an output file could not be read or written"),

  /** A defect in {@code gate} itself; the stack trace is printed to stderr. */
  INTERNAL_ERROR(5, "internal error: a bug in gate (the stack trace is printed)");

  private final int code;
  private final String description;

  ExitCode(int code, String description) {
    this.code = code;
    this.description = description;
  }

  /** The process exit status, 0 to 5. */
  public int code() {
    return code;
  }

  /** What the status means, as {@code --help} lists it. */
  public String description() {
    return description;
  }
}
