/**
 * ModelGate metrics: the numbers every gate decides on.
 *
 * <p>Only API packages are exported; {@code dev.modelgate.metrics.internal} stays private.
 */
module dev.modelgate.metrics {
  requires static org.jspecify;
  requires org.apache.commons.statistics.distribution;
  requires org.apache.commons.statistics.inference;
  requires org.apache.commons.rng.api;
  requires org.apache.commons.rng.simple;

  exports dev.modelgate.metrics;
  exports dev.modelgate.metrics.cost;
  exports dev.modelgate.metrics.curve;
  exports dev.modelgate.metrics.paired;
  exports dev.modelgate.metrics.stats;
  exports dev.modelgate.metrics.testset;
}
