package dev.modelgate.core.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.internal.json.CoreJson;
import dev.modelgate.core.internal.json.JsonShapeException;
import dev.modelgate.core.internal.json.ObjectFields;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.RegistryException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The JSON documents of the file registry, format version 1: a version file ({@code
 * versions/<n>.json}) and the aliases file ({@code aliases.json}) of a model. Stateless.
 */
final class RegistryFiles {

  static final int FORMAT_VERSION = 1;

  private static final Set<String> VERSION_REQUIRED =
      Set.of("formatVersion", "model", "version", "createdAt", "source", "description", "tags");
  private static final Set<String> VERSION_OPTIONAL = Set.of("runId", "evaluation");
  private static final Set<String> ALIASES_REQUIRED =
      Set.of("formatVersion", "model", "aliases", "history");
  private static final Set<String> CHANGE_REQUIRED = Set.of("alias", "from", "to", "actor", "at");

  private RegistryFiles() {}

  /** The aliases of a model and the history of their moves, oldest first. */
  record Aliases(Map<String, String> aliases, List<AliasChange> history) {
    static Aliases none() {
      return new Aliases(new TreeMap<>(), new ArrayList<>());
    }
  }

  static byte[] versionBytes(ModelVersion version) {
    ObjectNode node = CoreJson.mapper().createObjectNode();
    node.put("formatVersion", FORMAT_VERSION);
    node.put("model", version.model());
    node.put("version", version.version());
    node.put("createdAt", version.createdAt().toString());
    node.put("source", version.source().toString());
    version.runId().ifPresent(runId -> node.put("runId", runId));
    node.put("description", version.description());
    ObjectNode tags = node.putObject("tags");
    version.tags().forEach(tags::put);
    version.evaluation().ifPresent(evaluation -> node.putPOJO("evaluation", evaluation));
    return CoreJson.prettyBytes(node);
  }

  static ModelVersion readVersion(Path file, byte[] bytes, String model, String version) {
    return read(
        file,
        bytes,
        root -> {
          ObjectFields fields = ObjectFields.of(root, "version file");
          fields.expect(VERSION_REQUIRED, VERSION_OPTIONAL);
          checkFormat(fields);
          checkModel(fields, model);
          if (!fields.text("version").equals(version)) {
            throw new JsonShapeException(
                "it holds version " + fields.text("version") + ", not " + version);
          }
          Optional<Evaluation> evaluation = Optional.empty();
          if (root.has("evaluation")) {
            evaluation = Optional.of(evaluation(fields.node("evaluation")));
          }
          return new ModelVersion(
              model,
              version,
              uri(fields.text("source")),
              fields.optionalText("runId"),
              fields.text("description"),
              evaluation,
              fields.textMap("tags"),
              instant(fields.text("createdAt")));
        });
  }

  static byte[] aliasesBytes(String model, Aliases aliases) {
    ObjectNode node = CoreJson.mapper().createObjectNode();
    node.put("formatVersion", FORMAT_VERSION);
    node.put("model", model);
    ObjectNode map = node.putObject("aliases");
    new TreeMap<>(aliases.aliases()).forEach(map::put);
    ArrayNode history = node.putArray("history");
    for (AliasChange change : aliases.history()) {
      ObjectNode entry = history.addObject();
      entry.put("alias", change.alias());
      entry.put("from", change.from().orElse(null));
      entry.put("to", change.to().orElse(null));
      entry.put("actor", change.actor());
      entry.put("at", change.at().toString());
    }
    return CoreJson.prettyBytes(node);
  }

  static Aliases readAliases(Path file, byte[] bytes, String model) {
    return read(
        file,
        bytes,
        root -> {
          ObjectFields fields = ObjectFields.of(root, "aliases file");
          fields.expect(ALIASES_REQUIRED, Set.of());
          checkFormat(fields);
          checkModel(fields, model);
          List<AliasChange> history = new ArrayList<>();
          for (JsonNode element : fields.array("history")) {
            ObjectFields change = ObjectFields.of(element, "alias change " + (history.size() + 1));
            change.expect(CHANGE_REQUIRED, Set.of());
            history.add(
                new AliasChange(
                    model,
                    change.text("alias"),
                    change.optionalText("from"),
                    change.optionalText("to"),
                    change.text("actor"),
                    instant(change.text("at"))));
          }
          return new Aliases(new TreeMap<>(fields.textMap("aliases")), history);
        });
  }

  private interface Reader<T> {
    T read(JsonNode root) throws JsonProcessingException;
  }

  private static <T> T read(Path file, byte[] bytes, Reader<T> reader) {
    if (bytes.length == 0) {
      throw unreadable(file, "the file is empty");
    }
    try {
      return reader.read(CoreJson.mapper().readTree(bytes));
    } catch (StreamReadException e) {
      throw unreadable(
          file,
          "not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr());
    } catch (DatabindException e) {
      throw unreadable(file, e.getOriginalMessage());
    } catch (JsonShapeException | IllegalArgumentException e) {
      throw unreadable(file, e.getMessage());
    } catch (IOException e) {
      throw unreadable(file, e.toString());
    }
  }

  /** {@code cannot read registry file /r/fraud/versions/3.json: the file is empty}. */
  static RegistryException unreadable(Path file, String reason) {
    return new RegistryException("cannot read registry file " + file + ": " + reason);
  }

  private static Evaluation evaluation(JsonNode node) throws JsonProcessingException {
    return CoreJson.mapper().treeToValue(node, Evaluation.class);
  }

  private static void checkFormat(ObjectFields fields) {
    long format = fields.wholeNumber("formatVersion");
    if (format != FORMAT_VERSION) {
      throw new JsonShapeException(
          "format version " + format + " is not the one this ModelGate reads (" + FORMAT_VERSION
              + ")");
    }
  }

  private static void checkModel(ObjectFields fields, String model) {
    String stored = fields.text("model");
    if (!stored.equals(model)) {
      throw new JsonShapeException(
          "it holds model \""
              + stored
              + "\", not \""
              + model
              + "\""
              + (stored.equalsIgnoreCase(model)
                  ? ": on this file system, names that differ only in case share a directory"
                  : ""));
    }
  }

  private static URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new JsonShapeException("source \"" + text + "\" is not a URI: " + e.getReason());
    }
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new JsonShapeException("time \"" + text + "\" is not an ISO-8601 instant");
    }
  }
}
