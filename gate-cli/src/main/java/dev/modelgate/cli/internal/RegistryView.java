package dev.modelgate.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.ModelVersion;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One model as a registry holds it — versions, aliases, alias history — read once and shown as
 * text or JSON by {@code gate registry show}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the model's name
 * @param models every model in the registry, for the message when {@code model} has no versions
 * @param versions the versions, oldest first
 * @param aliases each alias and the version it points to
 * @param history every alias move, oldest first
 */
public record RegistryView(
    String model,
    List<String> models,
    List<ModelVersion> versions,
    Map<String, String> aliases,
    List<AliasChange> history) {

  /** Copies the lists. */
  public RegistryView {
    models = List.copyOf(models);
    versions = List.copyOf(versions);
    aliases = Map.copyOf(aliases);
    history = List.copyOf(history);
  }

  /** Reads {@code model} from {@code registry}. */
  public static RegistryView read(ModelRegistry registry, String model) {
    return new RegistryView(
        model,
        registry.models(),
        registry.versions(model),
        registry.aliases(model),
        registry.aliasHistory(model));
  }

  /** {@code registry ./models: no such directory}. */
  public static String noRegistry(String registry) {
    return "registry " + registry + ": no such directory";
  }

  /**
   * {@code registry ./models has no versions of model "fraud"; it holds "credit-risk"}, or {@code
   * registry MLflow http://127.0.0.1:5000 has no versions of model "fraud"; it holds no models}.
   */
  public static String noVersions(String registry, String model, List<String> models) {
    String holds =
        models.isEmpty()
            ? "it holds no models"
            : "it holds "
                + models.stream().map(InputMessages::quote).collect(Collectors.joining(", "));
    return "registry " + registry + " has no versions of model " + InputMessages.quote(model)
        + "; " + holds;
  }

  /**
   * The JSON object: {@code registry} (the directory, or {@code mlflow} followed by {@code
   * trackingUri}), {@code model, aliases, versions, aliasHistory}.
   */
  public ObjectNode toJson(RegistrySource registry) {
    ObjectNode json = Json.object();
    registry.describe(json);
    json.put("model", model);
    ObjectNode aliasNode = json.putObject("aliases");
    new TreeMap<>(aliases).forEach(aliasNode::put);
    ArrayNode versionNodes = json.putArray("versions");
    for (ModelVersion version : versions) {
      ObjectNode node = versionNodes.addObject();
      node.put("version", version.version());
      node.put("createdAt", version.createdAt().toString());
      node.put("source", version.source().toString());
      version.runId().ifPresent(run -> node.put("runId", run));
      node.put("description", version.description());
      version.evaluation().ifPresent(e -> node.set("evaluation", EvaluationValues.toJson(e)));
      ObjectNode tags = node.putObject("tags");
      version.tags().forEach(tags::put);
    }
    ArrayNode moves = json.putArray("aliasHistory");
    for (AliasChange change : history) {
      ObjectNode node = moves.addObject();
      node.put("alias", change.alias());
      change.from().ifPresentOrElse(v -> node.put("from", v), () -> node.putNull("from"));
      change.to().ifPresentOrElse(v -> node.put("to", v), () -> node.putNull("to"));
      node.put("actor", change.actor());
      node.put("at", change.at().toString());
    }
    return json;
  }

  /** Prints the model: aliases, then each version as a block, then the alias history. */
  public void print(String registry, PrintWriter out) {
    out.printf(Locale.ROOT, "model %s in registry %s%n", model, registry);
    String aliasList =
        new TreeMap<>(aliases).entrySet().stream()
            .map(e -> "@" + e.getKey() + " -> version " + e.getValue())
            .collect(Collectors.joining(", "));
    out.println("aliases: " + (aliases.isEmpty() ? "none" : aliasList));
    for (ModelVersion version : versions) {
      out.println();
      String marks =
          new TreeMap<>(aliases).entrySet().stream()
              .filter(e -> e.getValue().equals(version.version()))
              .map(e -> " @" + e.getKey())
              .collect(Collectors.joining());
      out.printf(Locale.ROOT, "version %s%s, registered %s%n", version.version(), marks,
          version.createdAt());
      out.printf(Locale.ROOT, "  source    %s%n", version.source());
      version.runId().ifPresent(run -> out.printf(Locale.ROOT, "  run       %s%n", run));
      if (!version.description().isEmpty()) {
        out.printf(Locale.ROOT, "  about     %s%n", version.description());
      }
      version.evaluation().ifPresentOrElse(
          e -> {
            out.printf(
                Locale.ROOT, "  test set  %s (%,d rows)%n", e.testSetFingerprint(), e.rows());
            out.printf(Locale.ROOT, "  metrics   %s%n", EvaluationValues.summary(e));
          },
          () -> out.println("  metrics   no evaluation recorded"));
      version.tags()
          .forEach((key, value) -> out.printf(Locale.ROOT, "  tag       %s=%s%n", key, value));
    }
    out.println();
    out.println(history.isEmpty() ? "alias history: none" : "alias history:");
    history.forEach(change -> out.println("  " + change));
  }
}
