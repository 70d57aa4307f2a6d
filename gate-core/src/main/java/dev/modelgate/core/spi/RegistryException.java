package dev.modelgate.core.spi;

import java.io.Serial;

/**
 * Thrown when a {@link ModelRegistry} cannot do what was asked: its storage failed, a stored file
 * is unreadable, a version does not exist, or an alias moved since it was read.
 *
 * <p>A gate that gets this exception fails safe: it holds, skips or rolls back, never promotes.
 */
public class RegistryException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** An exception with a message saying what failed and, for files, which file. */
  public RegistryException(String message) {
    super(message);
  }

  /** An exception caused by {@code cause}, such as an {@link java.io.IOException}. */
  public RegistryException(String message, Throwable cause) {
    super(message, cause);
  }
}
