package dev.modelgate.core.policy;

import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.internal.policy.FileFormat;
import dev.modelgate.core.internal.policy.PolicyDocument;
import dev.modelgate.core.internal.policy.PolicyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Policy files: a {@link QualityPolicy} read from and written to YAML or JSON, in the format this
 * package's documentation describes and {@link #jsonSchema()} publishes.
 *
 * <pre>{@code
 * QualityPolicy policy = PolicyFiles.read(Path.of("policy.yaml"));
 * String yaml = PolicyFiles.toYaml(policy);   // reads back to an equal policy
 * }</pre>
 *
 * <p>Reading is strict and reports everything at once: an unknown field, a value of the wrong
 * type, a missing required field and an impossible combination (two comparisons on one check, a
 * negative {@code mayNotDropBy}, {@code net_benefit} without {@code costs}, …) are each a {@link
 * PolicyFileProblem} with its line, column and field path, and all of a file's problems come in
 * one {@link PolicyFileException}. Numbers are read exactly as written, never through a {@code
 * double}: {@code 0.20} stays {@code 0.20}.
 *
 * <p>Writing gives the fields in a fixed order and numbers as the policy holds them, so {@code
 * readYaml(toYaml(policy))} and {@code readJson(toJson(policy))} equal {@code policy}, and one
 * policy always gives the same text. Stateless and thread-safe.
 */
public final class PolicyFiles {

  /** The format version every policy file declares as {@code apiVersion}: {@value}. */
  public static final String API_VERSION = "modelgate.dev/v1";

  private static final String SCHEMA_RESOURCE = "policy.schema.json";

  private PolicyFiles() {}

  /**
   * The policy in {@code file}: YAML when its name ends in {@code .yaml} or {@code .yml}, JSON when
   * it ends in {@code .json}. Problems name the file as {@code file.toString()}.
   *
   * @throws PolicyFileException listing every problem of the file, including bytes that are not UTF-8
   * @throws IllegalArgumentException if the name has none of these endings
   * @throws IOException if the file cannot be read
   */
  public static QualityPolicy read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    Path fileName = file.getFileName();
    FileFormat format =
        FileFormat.ofFileName(fileName == null ? "" : fileName.toString())
            .orElseThrow(() -> new IllegalArgumentException(
                "policy file " + file + ": the name must end in .yaml, .yml or .json"));
    return PolicyReader.read(Files.readAllBytes(file), format, file.toString());
  }

  /**
   * The policy written in the YAML {@code yaml}; problems name the source {@code <yaml>}.
   *
   * @throws PolicyFileException listing every problem of the text
   */
  public static QualityPolicy readYaml(String yaml) {
    return readYaml(yaml, FileFormat.YAML.anonymousSource());
  }

  /**
   * The policy written in the YAML {@code yaml}, read from {@code source}, which problems name.
   *
   * @throws PolicyFileException listing every problem of the text
   */
  public static QualityPolicy readYaml(String yaml, String source) {
    return PolicyReader.read(Objects.requireNonNull(yaml, "yaml"), FileFormat.YAML, Objects.requireNonNull(source, "source"));
  }

  /**
   * The policy written in the JSON {@code json}; problems name the source {@code <json>}.
   *
   * @throws PolicyFileException listing every problem of the text
   */
  public static QualityPolicy readJson(String json) {
    return readJson(json, FileFormat.JSON.anonymousSource());
  }

  /**
   * The policy written in the JSON {@code json}, read from {@code source}, which problems name.
   *
   * @throws PolicyFileException listing every problem of the text
   */
  public static QualityPolicy readJson(String json, String source) {
    return PolicyReader.read(Objects.requireNonNull(json, "json"), FileFormat.JSON, Objects.requireNonNull(source, "source"));
  }

  /**
   * The policy as YAML, which {@link #readYaml(String)} reads back to an equal policy.
   *
   * @throws IllegalArgumentException if the policy gives a well-known metric's name (such as {@code
   *     f1}) the other direction, or one metric name both directions: a file refers to metrics by
   *     name, so it cannot express that
   */
  public static String toYaml(QualityPolicy policy) {
    return PolicyDocument.yaml(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * The policy as JSON, which {@link #readJson(String)} reads back to an equal policy.
   *
   * @throws IllegalArgumentException in the same cases as {@link #toYaml}
   */
  public static String toJson(QualityPolicy policy) {
    return PolicyDocument.json(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * The JSON Schema (draft 2020-12) of policy files, for editors and CI linting. The reader remains
   * the authority: the schema checks the shape of a file, the reader also the rules across fields
   * (such as {@code net_benefit} needing {@code costs}). The same text is in the source tree at
   * {@code gate-core/src/main/resources/dev/modelgate/core/policy/policy.schema.json}.
   */
  public static String jsonSchema() {
    try (InputStream in = PolicyFiles.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the policy schema " + SCHEMA_RESOURCE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the policy schema", e);
    }
  }
}
