package dev.modelgate.mlflow.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.mlflow.MlflowAlreadyExistsException;
import dev.modelgate.mlflow.MlflowException;
import dev.modelgate.mlflow.MlflowInvalidParameterException;
import dev.modelgate.mlflow.MlflowNotFoundException;
import dev.modelgate.mlflow.MlflowUnexpectedResponseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry endpoints of the contract sheet (section 4) as typed calls. Answers that mean "not
 * there" become empty results, as the sheet says: a missing model or version (404), and a missing
 * alias whether MLflow answers 400 {@code INVALID_PARAMETER_VALUE} or 404. Thread-safe.
 */
public final class MlflowApi {

  /** How many results a search asks for per page; MLflow's model search allows at most 1000. */
  static final int PAGE = 1000;

  private final MlflowHttp http;

  /** The calls, sent through {@code http}. */
  public MlflowApi(MlflowHttp http) {
    this.http = http;
  }

  /** The HTTP layer, for its backoff. */
  public MlflowHttp http() {
    return http;
  }

  /** Creates the registered model {@code model} unless it exists (4.1). */
  public void createModelIfMissing(String model) {
    try {
      http.send(Call.CREATE_MODEL, body().put("name", model));
    } catch (MlflowAlreadyExistsException exists) {
      // the model is there: that is all this call wants
    }
  }

  /** The registered model {@code model} (4.2), empty when it does not exist. */
  public Optional<JsonNode> model(String model) {
    try {
      return Optional.of(field(Call.GET_MODEL,
          http.get(Call.GET_MODEL, List.of(Map.entry("name", model))), "registered_model"));
    } catch (MlflowNotFoundException missing) {
      return Optional.empty();
    }
  }

  /** Every registered model, page after page (4.2, search). */
  public List<JsonNode> models() {
    return pages(Call.SEARCH_MODELS, "registered_models", List.of());
  }

  /** Creates a version from {@code body} (4.3) and returns it; never retried. */
  public JsonNode createVersion(ObjectNode body) {
    return field(Call.CREATE_VERSION, http.send(Call.CREATE_VERSION, body), "model_version");
  }

  /** The version {@code version} of {@code model} (4.4), empty when it does not exist. */
  public Optional<JsonNode> version(String model, String version) {
    try {
      JsonNode answer = http.get(
          Call.GET_VERSION, List.of(Map.entry("name", model), Map.entry("version", version)));
      return Optional.of(field(Call.GET_VERSION, answer, "model_version"));
    } catch (MlflowNotFoundException missing) {
      return Optional.empty();
    }
  }

  /** The versions of {@code model} (4.12), at most {@code max} of them when {@code max > 0}. */
  public List<JsonNode> versions(String model, int max) {
    List<Map.Entry<String, String>> query = List.of(
        Map.entry("filter", "name = '" + model + "'"),
        Map.entry("order_by", "version_number ASC"));
    if (max > 0) {
      List<Map.Entry<String, String>> one = new ArrayList<>(query);
      one.add(Map.entry("max_results", Integer.toString(max)));
      JsonNode answer = http.get(Call.SEARCH_VERSIONS, one);
      return list(answer.path("model_versions"));
    }
    return pages(Call.SEARCH_VERSIONS, "model_versions", query);
  }

  /**
   * The version {@code alias} of {@code model} points to (4.9), empty when the alias is not set,
   * the model does not exist, or the alias points to a version that is gone.
   */
  public Optional<String> alias(String model, String alias) {
    try {
      JsonNode answer =
          http.get(Call.GET_ALIAS, List.of(Map.entry("name", model), Map.entry("alias", alias)));
      JsonNode version = field(Call.GET_ALIAS, answer, "model_version").path("version");
      if (!version.isTextual() && !version.isIntegralNumber()) {
        throw unexpected(Call.GET_ALIAS, "model_version.version");
      }
      return Optional.of(version.asText());
    } catch (MlflowNotFoundException | MlflowInvalidParameterException unset) {
      return Optional.empty();
    }
  }

  /** Points {@code alias} of {@code model} at {@code version} (4.7); sent once. */
  public void setAlias(String model, String alias, String version) {
    http.send(Call.SET_ALIAS, body().put("name", model).put("alias", alias).put("version", version));
  }

  /** Deletes {@code alias} of {@code model} (4.8); sent once. */
  public void deleteAlias(String model, String alias) {
    http.send(Call.DELETE_ALIAS, body().put("name", model).put("alias", alias));
  }

  /** Sets (value given) or deletes (value null) one tag of a version (4.10). */
  public void versionTag(String model, String version, TagCodec.TagOp op) {
    ObjectNode body = body().put("name", model).put("version", version).put("key", op.key());
    tag(Call.SET_VERSION_TAG, Call.DELETE_VERSION_TAG, body, op);
  }

  /** Sets (value given) or deletes (value null) one tag of a registered model (4.11). */
  public void modelTag(String model, TagCodec.TagOp op) {
    tag(Call.SET_MODEL_TAG, Call.DELETE_MODEL_TAG, body().put("name", model).put("key", op.key()),
        op);
  }

  private void tag(Call set, Call delete, ObjectNode body, TagCodec.TagOp op) {
    if (op.value() != null) {
      http.send(set, body.put("value", op.value()));
      return;
    }
    try {
      http.send(delete, body);
    } catch (MlflowNotFoundException gone) {
      // a tag that is not there is deleted
    }
  }

  private List<JsonNode> pages(Call call, String field, List<Map.Entry<String, String>> query) {
    List<JsonNode> all = new ArrayList<>();
    String token = "";
    do {
      List<Map.Entry<String, String>> page = new ArrayList<>(query);
      page.add(Map.entry("max_results", Integer.toString(PAGE)));
      if (!token.isEmpty()) {
        page.add(Map.entry("page_token", token));
      }
      JsonNode answer = http.get(call, page);
      all.addAll(list(answer.path(field)));
      token = answer.path("next_page_token").asText("");
    } while (!token.isEmpty());
    return all;
  }

  private static List<JsonNode> list(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items;
  }

  private static JsonNode field(Call call, JsonNode answer, String field) {
    JsonNode value = answer.path(field);
    if (!value.isObject()) {
      throw unexpected(call, field);
    }
    return value;
  }

  private static MlflowException unexpected(Call call, String field) {
    return new MlflowUnexpectedResponseException(
        MlflowMessages.missingField(call, field), call.toString(), 200, null, null);
  }

  private static ObjectNode body() {
    return JsonNodeFactory.instance.objectNode();
  }
}
