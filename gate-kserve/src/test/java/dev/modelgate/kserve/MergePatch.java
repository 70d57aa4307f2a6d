package dev.modelgate.kserve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON merge patch as RFC 7386 defines it (section 2, the MergePatch function), as the Kubernetes
 * API server applies an {@code application/merge-patch+json} body: objects merge member by
 * member, {@code null} removes a member, anything else replaces. (fabric8's mock server keeps a
 * {@code null} member instead of removing it, so tests apply patches with this function.)
 */
final class MergePatch {

  private MergePatch() {}

  /** {@code target} with {@code patch} applied; neither is changed. */
  static JsonNode apply(@Nullable JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode result =
        target != null && target.isObject() ? ((ObjectNode) target).deepCopy() : Json.MAPPER.createObjectNode();
    for (Map.Entry<String, JsonNode> member : patch.properties()) {
      if (member.getValue().isNull()) {
        result.remove(member.getKey());
      } else {
        result.set(member.getKey(), apply(result.get(member.getKey()), member.getValue()));
      }
    }
    return result;
  }
}
