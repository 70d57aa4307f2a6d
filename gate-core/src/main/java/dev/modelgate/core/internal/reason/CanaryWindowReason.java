package dev.modelgate.core.internal.reason;

import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;

/**
 * The reasons a canary window could not be judged: the metrics source had no usable data, or a
 * model served too few requests. Missing data is never a pass. Stateless and thread-safe.
 */
public final class CanaryWindowReason {

  private CanaryWindowReason() {}

  /** "the metrics source did not answer in time: query timed out after 10s", one text per kind. */
  public static String missing(MissingKind kind, String detail) {
    return head(kind) + (detail.isBlank() ? "" : ": " + detail);
  }

  /** "the canary served 40 requests, fewer than the 100 a window needs to be judged". */
  public static String tooFewRequests(String side, long requests, long minimum) {
    return "the " + side + " served " + requests + " request" + (requests == 1 ? "" : "s")
        + ", fewer than the " + minimum + " a window needs to be judged";
  }

  /** "the metrics source failed: IllegalStateException: boom", for an exception it threw. */
  public static String sourceThrew(RuntimeException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }

  /** "the source returned nothing". */
  public static String nothing() {
    return "the source returned nothing";
  }

  /** "the source answered for another window: 2 [2025-03-01T10:01:00Z, 2025-03-01T10:02:00Z)". */
  public static String otherWindow(Window window) {
    return "the source answered for another window: " + window.index() + " [" + window.start() + ", "
        + window.end() + ")";
  }

  private static String head(MissingKind kind) {
    switch (kind) {
      case NO_TRAFFIC:
        return "no traffic in the window";
      case EMPTY_RESULT:
        return "the metrics source returned no data";
      case NOT_A_NUMBER:
        return "the metrics source returned a value that is not a number";
      case SOURCE_ERROR:
        return "the metrics source failed";
      case TIMEOUT:
        return "the metrics source did not answer in time";
      default:
        throw new AssertionError(kind);
    }
  }
}
