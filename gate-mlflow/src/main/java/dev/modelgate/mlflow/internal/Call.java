package dev.modelgate.mlflow.internal;

/**
 * The MLflow REST calls the adapter makes (contract sheet {@code mlflow-registry.md}, section 4),
 * each with its method and whether it is retried when MLflow is unavailable.
 *
 * <p>Reads, tag writes and deletes are idempotent and retried. Creating a registered model is
 * retried too: a repeat answers {@code RESOURCE_ALREADY_EXISTS}, which counts as done. Creating a
 * version is never retried, since a repeat would create a second version. Alias moves are not
 * retried blindly here: {@link AliasMover} re-reads the alias first and re-sends only while it
 * still points where the caller expected.
 */
public enum Call {
  CREATE_MODEL("POST", "registered-models/create", true),
  GET_MODEL("GET", "registered-models/get", true),
  SEARCH_MODELS("GET", "registered-models/search", true),
  SET_MODEL_TAG("POST", "registered-models/set-tag", true),
  DELETE_MODEL_TAG("DELETE", "registered-models/delete-tag", true),
  SET_ALIAS("POST", "registered-models/alias", false),
  DELETE_ALIAS("DELETE", "registered-models/alias", false),
  GET_ALIAS("GET", "registered-models/alias", true),
  CREATE_VERSION("POST", "model-versions/create", false),
  GET_VERSION("GET", "model-versions/get", true),
  SEARCH_VERSIONS("GET", "model-versions/search", true),
  SET_VERSION_TAG("POST", "model-versions/set-tag", true),
  DELETE_VERSION_TAG("DELETE", "model-versions/delete-tag", true);

  /** Where every call's path starts, below the tracking URI. */
  public static final String PREFIX = "/api/2.0/mlflow/";

  private final String method;
  private final String path;
  private final boolean retried;

  Call(String method, String path, boolean retried) {
    this.method = method;
    this.path = path;
    this.retried = retried;
  }

  /** The HTTP method. */
  public String method() {
    return method;
  }

  /** The path below the tracking URI, such as {@code /api/2.0/mlflow/registered-models/get}. */
  public String path() {
    return PREFIX + path;
  }

  /** Whether a failure for want of MLflow (timeout, 429, 5xx) is retried with backoff. */
  public boolean retried() {
    return retried;
  }

  /** The method and path, as messages name the call: {@code GET /api/2.0/mlflow/…}. */
  @Override
  public String toString() {
    return method + " " + path();
  }
}
