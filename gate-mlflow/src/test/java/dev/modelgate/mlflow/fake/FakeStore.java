package dev.modelgate.mlflow.fake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The registry state of the fake MLflow server and its operations, as the contract sheet's
 * section 4 describes them: registered models with tags and aliases, numbered versions with tags.
 * Every method is synchronized; tests may call them directly to play another MLflow client.
 */
public final class FakeStore {

  private final Map<String, Model> models = new TreeMap<>();
  private long now = 1_764_230_400_000L;
  private int pendingReads;
  private int missingAliasStatus = 400;

  /** Versions created from now on stay {@code PENDING_REGISTRATION} for {@code reads} reads. */
  public synchronized void pendingFor(int reads) {
    this.pendingReads = reads;
  }

  /** Answer a get-by-alias of an unset alias with 400 (MLflow's stores) or 404 (others). */
  public synchronized void missingAliasStatus(int status) {
    this.missingAliasStatus = status;
  }

  public synchronized ObjectNode createModel(String name) {
    if (models.containsKey(name)) {
      throw new FakeError("RESOURCE_ALREADY_EXISTS",
          "Registered Model (name=" + name + ") already exists. Error: UNIQUE constraint failed");
    }
    Model model = new Model(name, tick());
    models.put(name, model);
    return object().set("registered_model", model.json());
  }

  public synchronized ObjectNode getModel(String name) {
    return object().set("registered_model", model(name).json());
  }

  /** The registered models sorted by name, from {@code offset}, at most {@code max}. */
  public synchronized List<ObjectNode> models(int offset, int max) {
    return models.values().stream().skip(offset).limit(max).map(Model::json).toList();
  }

  public synchronized void setModelTag(String name, String key, String value) {
    FakeRules.tag(key, value);
    Model model = model(name);
    model.tags.put(key, value);
    model.updated = tick();
  }

  public synchronized void deleteModelTag(String name, String key) {
    model(name).tags.remove(key);
  }

  public synchronized ObjectNode createVersion(
      String name, String source, String runId, String description, Map<String, String> tags) {
    FakeRules.source(source);
    tags.forEach(FakeRules::tag);
    Model model = model(name);
    Version version = new Version(name, Long.toString(++model.lastVersion), tick());
    version.source = source;
    version.runId = runId;
    version.description = description;
    version.tags.putAll(tags);
    version.pendingReadsLeft = pendingReads;
    model.versions.put(model.lastVersion, version);
    model.updated = version.created;
    return object().set("model_version", version.json(model, false));
  }

  public synchronized ObjectNode getVersion(String name, String version) {
    Model model = model(name);
    Version found = version(model, version);
    if (found.pendingReadsLeft > 0) {
      found.pendingReadsLeft--;
    }
    return object().set("model_version", found.json(model, true));
  }

  /** The versions of {@code name} (all models when null), in MLflow's default order. */
  public synchronized List<ObjectNode> versions(String name, String orderBy) {
    List<Version> all = new ArrayList<>();
    models.values().stream().filter(model -> name == null || model.name.equals(name))
        .forEach(model -> all.addAll(model.versions.values()));
    boolean ascending = orderBy.endsWith("ASC");
    all.sort((a, b) -> {
      int byNumber = Long.compare(Long.parseLong(a.version), Long.parseLong(b.version));
      return ascending ? byNumber : -byNumber;
    });
    return all.stream().map(v -> v.json(models.get(v.model), false)).toList();
  }

  public synchronized void setVersionTag(String name, String version, String key, String value) {
    FakeRules.tag(key, value);
    version(model(name), version).tags.put(key, value);
  }

  public synchronized void deleteVersionTag(String name, String version, String key) {
    version(model(name), version).tags.remove(key);
  }

  /** Deletes a version; with {@code keepAliases} like the SQL stores of mlflow/mlflow#24825. */
  public synchronized void deleteVersion(String name, String version, boolean keepAliases) {
    Model model = model(name);
    version(model, version);
    model.versions.remove(Long.parseLong(version));
    if (!keepAliases) {
      model.aliases.values().removeIf(version::equals);
    }
  }

  public synchronized void setAlias(String name, String alias, String version) {
    FakeRules.alias(alias);
    Model model = model(name);
    version(model, version);
    model.aliases.put(alias, Long.toString(FakeRules.version(version)));
    model.updated = tick();
  }

  public synchronized void deleteAlias(String name, String alias) {
    FakeRules.alias(alias);
    model(name).aliases.remove(alias);
  }

  public synchronized ObjectNode versionByAlias(String name, String alias) {
    Model model = model(name);
    String version = model.aliases.get(alias);
    if (version == null) {
      String message = "Registered model alias " + alias + " not found.";
      throw missingAliasStatus == 404 ? FakeError.missing(message) : FakeError.invalid(message);
    }
    return object().set("model_version", version(model, version).json(model, true));
  }

  private Model model(String name) {
    Model model = models.get(name);
    if (model == null) {
      throw FakeError.missing("Registered Model with name=" + name + " not found");
    }
    return model;
  }

  private static Version version(Model model, String version) {
    Version found = model.versions.get(FakeRules.version(version));
    if (found == null) {
      throw FakeError.missing(
          "Model Version (name=" + model.name + ", version=" + version + ") not found");
    }
    return found;
  }

  private long tick() {
    return ++now;
  }

  private static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  private static ArrayNode tags(Map<String, String> tags) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    tags.forEach((key, value) -> array.addObject().put("key", key).put("value", value));
    return array;
  }

  private static final class Model {
    final String name;
    final long created;
    long updated;
    long lastVersion;
    final Map<String, String> tags = new LinkedHashMap<>();
    final Map<String, String> aliases = new TreeMap<>();
    final TreeMap<Long, Version> versions = new TreeMap<>();

    Model(String name, long created) {
      this.name = name;
      this.created = created;
      this.updated = created;
    }

    ObjectNode json() {
      ObjectNode node = object().put("name", name).put("creation_timestamp", created)
          .put("last_updated_timestamp", updated);
      if (!versions.isEmpty()) {
        node.putArray("latest_versions").add(versions.lastEntry().getValue().json(this, false));
      }
      if (!tags.isEmpty()) {
        node.set("tags", tags(tags));
      }
      if (!aliases.isEmpty()) {
        ArrayNode array = node.putArray("aliases");
        aliases.forEach((alias, version) -> array.addObject().put("alias", alias)
            .put("version", version));
      }
      return node;
    }
  }

  private static final class Version {
    final String model;
    final String version;
    final long created;
    String source = "";
    String runId = "";
    String description = "";
    int pendingReadsLeft;
    final Map<String, String> tags = new LinkedHashMap<>();

    Version(String model, String version, long created) {
      this.model = model;
      this.version = version;
      this.created = created;
    }

    ObjectNode json(Model owner, boolean withAliases) {
      ObjectNode node = object().put("name", model).put("version", version)
          .put("creation_timestamp", created).put("last_updated_timestamp", created)
          .put("current_stage", "None").put("description", description).put("source", source)
          .put("run_id", runId).put("run_link", "")
          .put("status", pendingReadsLeft > 0 ? "PENDING_REGISTRATION" : "READY");
      if (!tags.isEmpty()) {
        node.set("tags", tags(tags));
      }
      if (withAliases) {
        ArrayNode aliases = JsonNodeFactory.instance.arrayNode();
        owner.aliases.forEach((alias, target) -> {
          if (target.equals(version)) {
            aliases.add(alias);
          }
        });
        if (!aliases.isEmpty()) {
          node.set("aliases", aliases);
        }
      }
      return node;
    }
  }
}
