package dev.modelgate.cli.internal;

/**
 * Thrown when what the user gave cannot be used: a missing or malformed file, a bad value in a
 * column, flags that contradict each other. The command exits with {@code INVALID_INPUT} and prints
 * the message, which names the file, the line and the column or flag at fault.
 */
public final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with a message from {@link InputMessages}. */
  public InputException(String message) {
    super(message);
  }

  /** An exception with a message from {@link InputMessages} and the failure that caused it. */
  public InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
