package dev.modelgate.kserve;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The InferenceService schema of the contract sheet (test resource {@code
 * kserve/kserve-isvc-schema-excerpt.json}, a trimmed copy of the KServe v0.20.0 CRD's {@code
 * openAPIV3Schema}), as a JSON Schema validator. OpenAPI v3 schemas are JSON Schema draft 4 with
 * extensions; the validator ignores the extensions ({@code x-kubernetes-*}).
 */
final class IsvcSchema {

  private static final Schema SCHEMA = load();

  private IsvcSchema() {}

  /** What is wrong with {@code isvc} under the schema: empty when it is valid. */
  static List<String> problems(JsonNode isvc) {
    return SCHEMA.validate(Json.print(isvc), InputFormat.JSON).stream().map(Error::toString).toList();
  }

  /** The schema's node at {@code pointer}, such as the definition of canaryTrafficPercent. */
  static JsonNode node(String pointer) {
    return excerpt().at("/openAPIV3Schema" + pointer);
  }

  private static Schema load() {
    JsonNode schema = excerpt().get("openAPIV3Schema");
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
        .getSchema(Json.print(schema), InputFormat.JSON);
  }

  private static JsonNode excerpt() {
    try (InputStream in = IsvcSchema.class.getResourceAsStream("/kserve/kserve-isvc-schema-excerpt.json")) {
      if (in == null) {
        throw new IllegalStateException("test resource kserve/kserve-isvc-schema-excerpt.json is missing");
      }
      return Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
