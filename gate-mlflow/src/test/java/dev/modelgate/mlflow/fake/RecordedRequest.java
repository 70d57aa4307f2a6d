package dev.modelgate.mlflow.fake;

import java.util.List;
import java.util.Map;

/**
 * One request the fake server received.
 *
 * @param method the HTTP method
 * @param path the path without the query
 * @param query the decoded query parameters, each with its values in order
 * @param headers the headers, names in lower case, first value each
 * @param body the body as text
 */
public record RecordedRequest(
    String method,
    String path,
    Map<String, List<String>> query,
    Map<String, String> headers,
    String body) {

  /** {@code POST /api/2.0/mlflow/registered-models/alias}. */
  public String call() {
    return method + " " + path;
  }
}
