/**
 * ModelGate metrics: the numbers every gate decides on.
 *
 * <p>Only API packages are exported; {@code dev.modelgate.metrics.internal} stays private.
 */
module dev.modelgate.metrics {
  requires static org.jspecify;

  exports dev.modelgate.metrics;
  exports dev.modelgate.metrics.cost;
  exports dev.modelgate.metrics.curve;
  exports dev.modelgate.metrics.testset;
}
