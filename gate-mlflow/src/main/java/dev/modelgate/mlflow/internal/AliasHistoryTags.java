package dev.modelgate.mlflow.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.RegistryException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The alias history of a model, kept in MLflow (which has none) as tags of the registered model:
 * move number {@code n} under {@code _modelgate.alias-history.<n>} ({@code n} zero-padded to ten
 * digits), its value one line of JSON such as {@code
 * {"alias":"champion","from":"1","to":"2","actor":"ci","at":"2025-01-01T00:00:02Z"}} ({@code from}
 * or {@code to} left out when the alias was unset). Stateless and thread-safe.
 */
final class AliasHistoryTags {

  /** The start of the key of every history tag. */
  static final String PREFIX = TagCodec.HIDDEN + "alias-history.";

  private static final ObjectMapper JSON = new ObjectMapper();

  private AliasHistoryTags() {}

  /** The key of the move after every move in {@code tags} (the model's tags, decoded). */
  static String nextKey(Map<String, String> tags) {
    long last = 0;
    for (String key : tags.keySet()) {
      String number = key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : "";
      if (number.matches("[0-9]{1,18}")) {
        last = Math.max(last, Long.parseLong(number));
      }
    }
    return PREFIX + String.format("%010d", last + 1);
  }

  /** {@code change} as the value of its tag. */
  static String value(AliasChange change) {
    ObjectNode node = JSON.createObjectNode().put("alias", change.alias());
    change.from().ifPresent(from -> node.put("from", from));
    change.to().ifPresent(to -> node.put("to", to));
    node.put("actor", change.actor()).put("at", change.at().toString());
    return node.toString();
  }

  /**
   * The moves recorded in {@code tags} (the model's tags, decoded), in the order of their numbers.
   *
   * @throws RegistryException naming the tag, if one cannot be read
   */
  static List<AliasChange> read(String model, Map<String, String> tags) {
    Map<Long, AliasChange> moves = new TreeMap<>();
    tags.forEach((key, value) -> {
      String number = key.startsWith(PREFIX) ? key.substring(PREFIX.length()) : "";
      if (number.matches("[0-9]{1,18}")) {
        moves.put(Long.parseLong(number), change(model, key, value));
      }
    });
    return new ArrayList<>(moves.values());
  }

  private static AliasChange change(String model, String key, String value) {
    try {
      JsonNode node = JSON.readTree(value);
      return new AliasChange(
          model,
          node.path("alias").asText(),
          text(node, "from"),
          text(node, "to"),
          node.path("actor").asText(),
          Instant.parse(node.path("at").asText()));
    } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
      String problem = e instanceof JsonProcessingException json ? json.getOriginalMessage()
          : e.getMessage();
      throw new RegistryException(
          MlflowMessages.unreadableTag(MlflowMessages.modelOwner(model), key, problem), e);
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
