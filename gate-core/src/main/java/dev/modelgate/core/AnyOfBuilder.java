package dev.modelgate.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the checks of an OR group. Not thread-safe; reusable after {@link #build()}. */
public final class AnyOfBuilder {

  private final List<Threshold> checks = new ArrayList<>();

  AnyOfBuilder() {}

  /** Starts a check on {@code metric}: {@code require(Metrics.F1).greaterThan(0.20)}. */
  public ThresholdStep<AnyOfBuilder> require(Metric metric) {
    return new ThresholdStep<>(metric, this::check);
  }

  /** Adds a check. */
  public AnyOfBuilder check(Threshold check) {
    checks.add(Objects.requireNonNull(check, "check"));
    return this;
  }

  /**
   * The group.
   *
   * @throws InvalidPolicyException if no check was added
   */
  public AnyOf build() {
    return new AnyOf(checks);
  }
}
