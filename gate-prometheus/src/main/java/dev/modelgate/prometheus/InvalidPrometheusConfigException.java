package dev.modelgate.prometheus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Thrown when Prometheus canary metrics or their queries cannot be built: it lists every problem
 * at once, each in plain words that name the setting at fault, and never a credential.
 *
 * <p>Example message: {@code invalid Prometheus canary metrics: baseUrl is missing; canary is
 * missing}. Instances are immutable and thread-safe.
 */
public final class InvalidPrometheusConfigException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final ArrayList<String> problems;

  /**
   * An exception listing {@code problems}.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InvalidPrometheusConfigException(List<String> problems) {
    super("invalid Prometheus canary metrics: " + String.join("; ", problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid configuration needs at least one problem");
    }
    this.problems = new ArrayList<>(problems);
  }

  /** Every problem, in the order found. */
  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }
}
