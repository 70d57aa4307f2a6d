package dev.modelgate.core.internal.run;

import java.io.Serial;

/**
 * Thrown inside a gate run when a registry call failed; the failed call is already recorded, and
 * the message is its detail. Never leaves the run.
 */
final class StepFailed extends Exception {

  @Serial private static final long serialVersionUID = 1L;

  StepFailed(String detail, RuntimeException cause) {
    super(detail, cause);
  }

  /** The failed call's detail. */
  String detail() {
    return String.valueOf(getMessage());
  }
}
