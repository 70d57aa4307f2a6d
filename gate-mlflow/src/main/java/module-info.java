/**
 * ModelGate MLflow: a {@code ModelRegistry} over the MLflow Model Registry REST API.
 *
 * <p>Exports the API package only; {@code dev.modelgate.mlflow.internal} stays private.
 */
module dev.modelgate.mlflow {
  requires transitive dev.modelgate.core;
  requires java.net.http;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static transitive org.jspecify;

  exports dev.modelgate.mlflow;
}
