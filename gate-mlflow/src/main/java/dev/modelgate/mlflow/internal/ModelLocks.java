package dev.modelgate.mlflow.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One lock per model name, so that the read-check-write sequences of one adapter instance on one
 * model never interleave: alias moves, history records and tag rewrites. Thread-safe. The locks
 * guard nothing across processes: MLflow offers nothing to lock with.
 */
public final class ModelLocks {

  private final ConcurrentMap<String, Object> locks = new ConcurrentHashMap<>();

  /** The lock of {@code model}; the same object for every call with the same name. */
  public Object of(String model) {
    return locks.computeIfAbsent(model, name -> new Object());
  }
}
