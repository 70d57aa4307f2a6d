package dev.modelgate.core.spi;

import dev.modelgate.core.PipelineVerdict;
import java.io.IOException;

/**
 * Publishes the final pipeline verdict to where a pipeline reads it: GitHub Actions step outputs,
 * Kubeflow output parameters, a file, a chat message.
 *
 * <p>The gate calls {@link #publish} once per pipeline verdict, after the decision is made; the
 * publisher cannot change it. A publisher that throws is reported in the {@link
 * dev.modelgate.core.PipelineResult}, and the result's effective decision fails safe to {@code
 * SKIP}; a failure never turns a {@code SKIP} into a {@code DEPLOY}. Implementations must be safe
 * to call from the thread that runs the gate; most are used by one pipeline run at a time.
 */
public interface DecisionPublisher {

  /** A short name for reports and logs, such as {@code github-actions}. */
  String name();

  /**
   * Publishes {@code verdict}.
   *
   * @throws IOException if the output could not be written; runtime exceptions are reported alike
   */
  void publish(PipelineVerdict verdict) throws IOException;
}
