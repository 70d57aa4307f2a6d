package dev.modelgate.core.spi;

/**
 * Reads what the champion and the canary did during one analysis window of layer 4: requests,
 * errors, latency and predictions.
 *
 * <p>A source never invents data: when it has none, or cannot be read, it returns a {@link
 * WindowObservation.Missing} with the kind of gap, which the analysis never counts as a pass.
 * Implementations must be thread-safe.
 */
public interface CanaryMetrics {

  /** A short name for reports and logs, such as {@code prometheus:http://127.0.0.1:9090}. */
  String name();

  /**
   * What the champion and the canary did in {@code window}.
   *
   * <p>Implementations return {@link WindowObservation.Missing} rather than throw for every
   * expected gap (no traffic, source unreachable, timeout, NaN, empty result); an unexpected
   * exception is treated by the analysis as {@link MissingKind#SOURCE_ERROR}.
   */
  WindowObservation observe(Window window);
}
