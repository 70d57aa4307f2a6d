package dev.modelgate.mlflow.fake;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The endpoints of the contract sheet's section 4, each reading its parameters as MLflow does. */
final class FakeRoutes {

  private static final String API = "/api/2.0/mlflow/";
  private static final Pattern NAME_FILTER = Pattern.compile("\\s*name\\s*=\\s*'([^']*)'\\s*");
  private static final Pattern ORDER_BY = Pattern.compile(
      "(name|version_number|creation_timestamp|last_updated_timestamp)( (?i:ASC|DESC))?");

  private final Map<String, Function<FakeParams, ObjectNode>> routes = new HashMap<>();

  FakeRoutes(FakeStore store) {
    add("POST", "registered-models/create", p -> store.createModel(p.required("name")));
    add("GET", "registered-models/get", p -> store.getModel(p.required("name")));
    add("GET", "registered-models/search", p -> searchModels(store, p));
    add("POST", "registered-models/set-tag", p -> done(() ->
        store.setModelTag(p.required("name"), p.required("key"), p.optional("value"))));
    add("DELETE", "registered-models/delete-tag", p -> done(() ->
        store.deleteModelTag(p.required("name"), p.required("key"))));
    add("POST", "registered-models/alias", p -> done(() ->
        store.setAlias(p.required("name"), p.required("alias"), p.required("version"))));
    add("DELETE", "registered-models/alias", p -> done(() ->
        store.deleteAlias(p.required("name"), p.required("alias"))));
    add("GET", "registered-models/alias", p ->
        store.versionByAlias(p.required("name"), p.required("alias")));
    add("POST", "model-versions/create", p -> store.createVersion(p.required("name"),
        p.required("source"), p.optional("run_id"), p.optional("description"), p.tags()));
    add("GET", "model-versions/get", p ->
        store.getVersion(p.required("name"), p.required("version")));
    add("GET", "model-versions/search", p -> searchVersions(store, p));
    add("POST", "model-versions/set-tag", p -> done(() -> store.setVersionTag(
        p.required("name"), p.required("version"), p.required("key"), p.optional("value"))));
    add("DELETE", "model-versions/delete-tag", p -> done(() -> store.deleteVersionTag(
        p.required("name"), p.required("version"), p.required("key"))));
    add("DELETE", "model-versions/delete", p -> done(() ->
        store.deleteVersion(p.required("name"), p.required("version"), false)));
  }

  /** The endpoint of {@code method} on {@code path}, null when there is none. */
  Function<FakeParams, ObjectNode> route(String method, String path) {
    return routes.get(method + " " + path);
  }

  private void add(String method, String path, Function<FakeParams, ObjectNode> route) {
    routes.put(method + " " + API + path, route);
  }

  private static ObjectNode searchModels(FakeStore store, FakeParams p) {
    long max = p.number("max_results", 100);
    if (max > 1000) {
      throw FakeError.invalid("Invalid value for request parameter max_results. It must be at"
          + " most 1000, but got value " + max);
    }
    int offset = offset(p.optional("page_token"));
    List<ObjectNode> page = store.models(offset, (int) max + 1);
    return page(page, offset, (int) max, "registered_models");
  }

  private static ObjectNode searchVersions(FakeStore store, FakeParams p) {
    String filter = p.optional("filter");
    String name = null;
    if (!filter.isBlank()) {
      Matcher matcher = NAME_FILTER.matcher(filter);
      if (!matcher.matches()) {
        throw FakeError.invalid("Invalid filter '" + filter + "'");
      }
      name = matcher.group(1);
    }
    String orderBy = "version_number DESC";
    for (String order : p.all("order_by")) {
      if (!ORDER_BY.matcher(order).matches()) {
        throw FakeError.invalid("Invalid order_by clause '" + order + "'");
      }
    }
    if (!p.all("order_by").isEmpty()) {
      orderBy = p.all("order_by").get(0).toUpperCase(Locale.ROOT);
    }
    long max = p.number("max_results", 200_000);
    if (max > 200_000) {
      throw FakeError.invalid("Invalid value for max_results: at most 200000, got " + max);
    }
    int offset = offset(p.optional("page_token"));
    List<ObjectNode> all = store.versions(name, orderBy);
    List<ObjectNode> page = all.subList(Math.min(offset, all.size()),
        Math.min(all.size(), offset + (int) max + 1));
    return page(page, offset, (int) max, "model_versions");
  }

  /** Up to {@code max} of {@code items} (one more tells that another page follows). */
  private static ObjectNode page(List<ObjectNode> items, int offset, int max, String field) {
    ObjectNode answer = JsonNodeFactory.instance.objectNode();
    if (items.isEmpty()) {
      return answer;
    }
    items.stream().limit(max).forEach(answer.putArray(field)::add);
    if (items.size() > max) {
      answer.put("next_page_token", Base64.getEncoder().encodeToString(
          ("offset:" + (offset + max)).getBytes(StandardCharsets.UTF_8)));
    }
    return answer;
  }

  private static int offset(String token) {
    if (token.isEmpty()) {
      return 0;
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw FakeError.invalid("Invalid page token");
    }
    if (!decoded.matches("offset:[0-9]{1,9}")) {
      throw FakeError.invalid("Invalid page token");
    }
    return Integer.parseInt(decoded.substring("offset:".length()));
  }

  private static ObjectNode done(Runnable action) {
    action.run();
    return JsonNodeFactory.instance.objectNode();
  }
}
