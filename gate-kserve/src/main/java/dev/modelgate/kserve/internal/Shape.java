package dev.modelgate.kserve.internal;

import dev.modelgate.core.spi.TrafficException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the untyped tree of a generic Kubernetes resource (maps, lists, strings, numbers, booleans)
 * and fails with an "unexpected shape" {@link TrafficException} that names the path, the
 * InferenceService and the action when a node is not what the KServe contract says. Immutable and
 * thread-safe.
 */
final class Shape {

  private final InferenceServiceRef ref;
  private final String action;

  Shape(InferenceServiceRef ref, String action) {
    this.ref = ref;
    this.action = action;
  }

  /** The InferenceService being read. */
  InferenceServiceRef ref() {
    return ref;
  }

  /** What the caller is doing, such as "read the traffic split". */
  String action() {
    return action;
  }

  /** The exception for a node at {@code path} that is not as expected. */
  TrafficException unexpected(String detail) {
    return new TrafficException(KServeMessages.unexpectedShape(action, ref, detail));
  }

  /** {@code node} as an object, or null when absent; fails when it is something else. */
  @Nullable Map<?, ?> optionalObject(@Nullable Object node, String path) {
    if (node == null || node instanceof Map<?, ?>) {
      return (Map<?, ?>) node;
    }
    throw unexpected(path + " is " + describe(node) + ", not an object");
  }

  /** {@code node} as a list, or null when absent; fails when it is something else. */
  @Nullable List<?> optionalList(@Nullable Object node, String path) {
    if (node == null || node instanceof List<?>) {
      return (List<?>) node;
    }
    throw unexpected(path + " is " + describe(node) + ", not a list");
  }

  /** {@code node} as a string, or null when absent; fails when it is something else. */
  @Nullable String optionalString(@Nullable Object node, String path) {
    if (node == null || node instanceof String) {
      return (String) node;
    }
    throw unexpected(path + " is " + describe(node) + ", not a string");
  }

  /** {@code node} as a boolean, false when absent; fails when it is something else. */
  boolean flag(@Nullable Object node, String path) {
    if (node == null) {
      return false;
    }
    if (node instanceof Boolean value) {
      return value;
    }
    throw unexpected(path + " is " + describe(node) + ", not a boolean");
  }

  /** {@code node} as a percentage, 0 when absent; fails unless it is an integer from 0 to 100. */
  int percent(@Nullable Object node, String path) {
    if (node == null) {
      return 0;
    }
    if ((node instanceof Integer || node instanceof Long)
        && ((Number) node).longValue() >= 0
        && ((Number) node).longValue() <= 100) {
      return ((Number) node).intValue();
    }
    throw unexpected(path + " is " + describe(node) + ", not an integer between 0 and 100");
  }

  /** How a node is shown in messages: strings quoted, everything else as Java prints it. */
  static String describe(Object node) {
    if (node instanceof String text) {
      return "\"" + text + "\"";
    }
    if (node instanceof Map<?, ?>) {
      return "an object";
    }
    if (node instanceof List<?>) {
      return "a list";
    }
    return String.valueOf(node);
  }
}
