package dev.modelgate.core.policy;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;

/**
 * One problem of a policy file: where it is (the file, line and column, and the path of the field
 * at fault) and what is wrong, in words meant for the person who fixes the file.
 *
 * <p>{@link #toString()} gives the line that tools and people read, in the style of a compiler:
 * {@code policy.yaml:5:33: registration.require[0].greaterThan: expected a number, got "high"}.
 * Problems of the file as a whole have an empty path: {@code policy.yaml:1:1: the file is empty:
 * ...}. Immutable and thread-safe.
 *
 * @param source the file's name, or {@code <yaml>} / {@code <json>} for text read from a string
 * @param line the line the problem is on, from 1
 * @param column the column the problem starts at, from 1
 * @param path the field at fault, such as {@code costs.values.fn} or {@code
 *     registration.anyOf[0][1].atLeast}; empty when the problem is the file's as a whole
 * @param message what is wrong, such as {@code expected a number, got "high"}
 */
public record PolicyFileProblem(String source, int line, int column, String path, String message)
    implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException if the line or column is below 1
   */
  public PolicyFileProblem {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException(
          "line " + line + " and column " + column + " must both be at least 1");
    }
  }

  /** The problem as one line: {@code source:line:column: path: message}, the path left out when empty. */
  @Override
  public String toString() {
    String where = source + ":" + line + ":" + column + ": ";
    return path.isEmpty() ? where + message : where + path + ": " + message;
  }
}
