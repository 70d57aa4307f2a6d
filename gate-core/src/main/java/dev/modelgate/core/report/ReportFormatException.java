package dev.modelgate.core.report;

import java.io.Serial;

/**
 * Thrown when a document is not a report this library can read: not JSON, another format version
 * or type, or a field that is missing, unknown, of the wrong type or inconsistent with the rest.
 *
 * <p>Message: {@code cannot read the report: report.registration.checks[0] is missing field
 * "reason"}, naming the path of the object and the field at fault. Immutable and thread-safe.
 */
public final class ReportFormatException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** An exception saying what is wrong, prefixed with {@code cannot read the report: }. */
  public ReportFormatException(String problem, Throwable cause) {
    super("cannot read the report: " + problem, cause);
  }
}
