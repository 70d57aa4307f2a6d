package dev.modelgate.core.spi;

import java.io.Serial;

/**
 * Thrown when a {@link TrafficRouter} could not move or read the traffic split: the platform was
 * unreachable, refused the change, or answered with something unexpected.
 *
 * <p>The canary analysis never promotes after this exception; a failed rollback is retried and, if
 * it keeps failing, reported loudly.
 */
public class TrafficException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** An exception with a message saying what failed and on which deployment. */
  public TrafficException(String message) {
    super(message);
  }

  /** An exception caused by {@code cause}, such as an I/O or HTTP error. */
  public TrafficException(String message, Throwable cause) {
    super(message, cause);
  }
}
