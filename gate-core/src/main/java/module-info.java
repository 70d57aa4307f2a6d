/**
 * ModelGate core: the Gate API, policies, verdicts, reports, the SPIs and the embedded registry.
 *
 * <p>Exports the API and {@code spi} packages; {@code internal} packages stay private.
 */
module dev.modelgate.core {
  requires transitive dev.modelgate.metrics;
  requires org.slf4j;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires static transitive org.jspecify;

  exports dev.modelgate.core;
  exports dev.modelgate.core.spi;
  exports dev.modelgate.core.registry;
  exports dev.modelgate.core.audit;
  exports dev.modelgate.core.report;
  exports dev.modelgate.core.policy;
}
