package dev.modelgate.examples.canary;

import dev.modelgate.core.canary.CanaryVerdict;
import java.util.Objects;

/**
 * One run of the local canary: the scenario, the analysis' verdict and the requests the load
 * generator sent. Immutable and thread-safe.
 *
 * @param scenario what was run
 * @param verdict the canary analysis' verdict, with every window and transition
 * @param requests the requests sent through the serving front
 */
public record CanaryRun(CanaryScenario scenario, CanaryVerdict verdict, long requests) {

  /** Checks for nulls. */
  public CanaryRun {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(verdict, "verdict");
  }
}
