package dev.modelgate.core.internal.json;

import java.io.Serial;

/**
 * Thrown when a JSON document parses but does not have the shape of the value being read; the
 * message comes from {@link JsonProblems} and is meant for the person who fixes the file.
 */
public final class JsonShapeException extends RuntimeException {

  @Serial private static final long serialVersionUID = 1L;

  /** An exception with a message from {@link JsonProblems}. */
  public JsonShapeException(String message) {
    super(message);
  }
}
