package dev.modelgate.core.internal.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.Locale;
import java.util.Optional;

/** The two formats a policy file is written in. Thread-safe. */
public enum FileFormat {
  /** YAML, read with YAML 1.1 scalars as Jackson reads them ({@code yes} is a boolean). */
  YAML("YAML", "<yaml>", YAMLFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build()),
  /** Strict JSON: no comments, no trailing commas, no NaN. */
  JSON("JSON", "<json>", JsonFactory.builder().disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build());

  private final String displayName;
  private final String anonymousSource;
  private final JsonFactory factory;

  FileFormat(String displayName, String anonymousSource, JsonFactory factory) {
    this.displayName = displayName;
    this.anonymousSource = anonymousSource;
    this.factory = factory;
  }

  /** The format of a file called {@code fileName}: {@code .yaml} and {@code .yml} are YAML, {@code .json} JSON. */
  public static Optional<FileFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return lower.endsWith(".json") ? Optional.of(JSON) : Optional.empty();
  }

  /** The format's name in messages: {@code YAML}, {@code JSON}. */
  String displayName() {
    return displayName;
  }

  /** The source name of text that comes from no file: {@code <yaml>}, {@code <json>}. */
  public String anonymousSource() {
    return anonymousSource;
  }

  /** The parser factory. */
  JsonFactory factory() {
    return factory;
  }
}
