/**
 * ModelGate Prometheus: canary metrics read from Prometheus' HTTP query API.
 *
 * <p>Exports the API package; {@code internal} stays private.
 */
module dev.modelgate.prometheus {
  requires transitive dev.modelgate.core;
  requires transitive java.net.http;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports dev.modelgate.prometheus;
}
