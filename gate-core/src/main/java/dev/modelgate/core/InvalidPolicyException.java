package dev.modelgate.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Thrown when a policy, or a part of one, cannot be built: it lists every problem at once, each in
 * plain words that name the part at fault.
 *
 * <p>Example message: {@code invalid quality policy: name is missing; registration has no checks:
 * require at least one metric}. Instances are immutable and thread-safe.
 */
public final class InvalidPolicyException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ArrayList<String> problems;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidPolicyException(List<String> problems) {
    super("invalid quality policy: " + String.join("; ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid policy needs at least one problem");
    }
    this.problems = new ArrayList<>(problems);
  }

  /** Every problem, in the order found. */
  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }
}
