package dev.modelgate.core.spi;

import dev.modelgate.core.Evaluation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What to register as a new version of a model: the model's name, where its artifact is, and
 * optionally the training run, a description, the evaluation and tags. Immutable and thread-safe;
 * the {@link Builder} is not thread-safe.
 *
 * <pre>{@code
 * RegisterRequest request = RegisterRequest.builder()
 *     .model("fraud")
 *     .source("s3://models/fraud/2024-06-01")
 *     .runId("3f2a")
 *     .evaluation(evaluation)
 *     .tag("team", "risk")
 *     .build();
 * }</pre>
 *
 * @param model the model's name, valid by {@link RegistryNames#requireModelName}
 * @param source where the model's artifact is
 * @param runId the training run that produced it, if known
 * @param description free text, empty for none
 * @param evaluation the candidate's evaluation on the fixed test set, if any
 * @param tags key/value pairs to start with, sorted by key
 */
public record RegisterRequest(
    String model,
    URI source,
    Optional<String> runId,
    String description,
    Optional<Evaluation> evaluation,
    Map<String, String> tags) {

  /** Checks the names and copies the tags. */
  public RegisterRequest {
    RegistryNames.requireModelName(model);
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(runId, "runId").ifPresent(RegisterRequest::requireRunId);
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(evaluation, "evaluation");
    tags = ModelVersion.copyTags(tags);
  }

  /** A builder with nothing set; {@code model} and {@code source} are required. */
  public static Builder builder() {
    return new Builder();
  }

  private static String requireRunId(String runId) {
    if (runId.isBlank()) {
      throw new IllegalArgumentException("run id must not be blank");
    }
    return runId;
  }

  /** Builds a {@link RegisterRequest}; each setter checks its value at once. Not thread-safe. */
  public static final class Builder {
    private @Nullable String model;
    private @Nullable URI source;
    private @Nullable String runId;
    private String description = "";
    private @Nullable Evaluation evaluation;
    private final Map<String, String> tags = new TreeMap<>();

    private Builder() {}

    /** The model's name; refused (with the reason) if it could escape a directory. */
    public Builder model(String model) {
      this.model = RegistryNames.requireModelName(model);
      return this;
    }

    /** Where the model's artifact is. */
    public Builder source(URI source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Where the model's artifact is, as a URI string such as {@code s3://models/fraud/17}. */
    public Builder source(String source) {
      Objects.requireNonNull(source, "source");
      try {
        this.source = new URI(source);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(
            "source " + RegistryNames.quote(source) + " is not a URI: " + e.getReason(), e);
      }
      return this;
    }

    /** The training run that produced the model. */
    public Builder runId(String runId) {
      this.runId = requireRunId(Objects.requireNonNull(runId, "runId"));
      return this;
    }

    /** Free text about this version. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** The candidate's evaluation on the fixed test set. */
    public Builder evaluation(Evaluation evaluation) {
      this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
      return this;
    }

    /** Adds one tag, replacing an earlier value of the same key. */
    public Builder tag(String key, String value) {
      tags.put(RegistryNames.requireTagKey(key), Objects.requireNonNull(value, "value"));
      return this;
    }

    /** Adds every tag of {@code more}. */
    public Builder tags(Map<String, String> more) {
      Objects.requireNonNull(more, "tags").forEach(this::tag);
      return this;
    }

    /**
     * The request; the builder can be reused.
     *
     * @throws IllegalStateException naming every required value not set: {@code RegisterRequest
     *     is missing model, source}
     */
    public RegisterRequest build() {
      List<String> missing = new ArrayList<>();
      if (model == null) {
        missing.add("model");
      }
      if (source == null) {
        missing.add("source");
      }
      if (model == null || source == null) {
        throw new IllegalStateException(
            "RegisterRequest is missing " + String.join(", ", missing));
      }
      return new RegisterRequest(
          model,
          source,
          Optional.ofNullable(runId),
          description,
          Optional.ofNullable(evaluation),
          tags);
    }
  }
}
