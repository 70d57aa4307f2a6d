package dev.modelgate.kserve.internal;

import java.util.Objects;

/**
 * The namespace and name of one KServe InferenceService, as messages and logs show it:
 * {@code ml-serving/fraud-model}. Immutable and thread-safe.
 *
 * @param namespace the Kubernetes namespace
 * @param name the InferenceService's name
 */
public record InferenceServiceRef(String namespace, String name) {

  /** Checks that both parts are present. */
  public InferenceServiceRef {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
  }

  /** {@code namespace/name}. */
  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
