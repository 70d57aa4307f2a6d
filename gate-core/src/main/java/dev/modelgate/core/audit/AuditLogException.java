package dev.modelgate.core.audit;

import java.io.Serial;

/**
 * Thrown when an {@link AuditLog} cannot be read or appended to: the file is unreadable, its last
 * line is incomplete, or reading found a broken chain. The message names the file.
 */
public final class AuditLogException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** An exception whose message names the file and the problem. */
  public AuditLogException(String message) {
    super(message);
  }

  /** An exception caused by {@code cause}, such as an {@link java.io.IOException}. */
  public AuditLogException(String message, Throwable cause) {
    super(message, cause);
  }
}
